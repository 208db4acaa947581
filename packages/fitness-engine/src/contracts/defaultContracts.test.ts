import { checkContracts } from './checkContracts';
import { defaultContracts } from './defaultContracts';
import { testGraph, type TestImport } from './testGraph';

// The default contracts are DESIGN.md's "Default layer contracts"; the verdicts follow
// import-linter's layers and forbidden semantics (see the tests of each contract type).

const session = (root: string) => ({
  rootPackages: [root],
  includeExternalPackages: false,
  excludeTypeCheckingImports: false,
});

const SERVICE_MODULES = [
  'orders.presentation.api',
  'orders.infrastructure.repository',
  'orders.application.commands.place_order',
  'orders.application.queries.get_order',
  'orders.domain.model',
];

function verdicts(imports: TestImport[], style: 'clean' | 'hexagonal-cqrs') {
  const report = checkContracts(testGraph(SERVICE_MODULES, imports), {
    session: session('orders'),
    contracts: defaultContracts(style, 'orders'),
  });
  return report.checks.map(check => `${check.contract.id}: ${check.status}`);
}

describe('defaultContracts', () => {
  it('layers clean services presentation, infrastructure, application, domain', () => {
    // "The composition root in presentation wires the infrastructure. The infrastructure
    // implements domain ports. The domain imports nothing above it."
    const allowed: TestImport[] = [
      ['orders.presentation.api', 'orders.infrastructure.repository', 1],
      ['orders.infrastructure.repository', 'orders.domain.model', 2],
      ['orders.application.commands.place_order', 'orders.domain.model', 3],
    ];
    expect(verdicts(allowed, 'clean')).toEqual(['layers: kept']);
    const domainUp: TestImport = [
      'orders.domain.model',
      'orders.application.queries.get_order',
      9,
    ];
    expect(verdicts([...allowed, domainUp], 'clean')).toEqual([
      'layers: broken',
    ]);
  });

  it('keeps commands and queries apart in hexagonal-cqrs services', () => {
    // "hexagonal-cqrs adds a forbidden contract: application.commands must not import
    // application.queries, and the reverse."
    const crossing: TestImport = [
      'orders.application.queries.get_order',
      'orders.application.commands.place_order',
      4,
    ];
    expect(verdicts([crossing], 'hexagonal-cqrs')).toEqual([
      'layers: kept',
      'commands-do-not-import-queries: kept',
      'queries-do-not-import-commands: broken',
    ]);
  });

  it('gives each module of a modular monolith its layers and a boundary', () => {
    // "inside each module, layers = api, services, repository, types; between modules,
    // one forbidden contract per module: the other modules must not import its
    // repository or api, and may use only its services and types."
    const modules = ['billing', 'users'].flatMap(m =>
      ['api', 'services', 'repository', 'types'].map(
        layer => `shop.${m}.${layer}`,
      ),
    );
    const imports: TestImport[] = [
      ['shop.billing.services', 'shop.users.services', 1],
      ['shop.users.services', 'shop.users.repository', 2],
      ['shop.billing.services', 'shop.users.types', 3],
    ];
    const check = (extra: TestImport[], names?: string[]) =>
      checkContracts(testGraph(modules, [...imports, ...extra]), {
        session: session('shop'),
        contracts: defaultContracts('modular-monolith', 'shop', names),
      }).checks.map(c => `${c.contract.id}: ${c.status}`);

    expect(check([], ['shop.billing', 'shop.users'])).toEqual([
      'module-layers: kept',
      'billing-boundary: kept',
      'users-boundary: kept',
    ]);
    const intoRepository: TestImport = [
      'shop.billing.api',
      'shop.users.repository',
      4,
    ];
    expect(check([intoRepository], ['shop.billing', 'shop.users'])).toEqual([
      'module-layers: kept',
      'billing-boundary: kept',
      'users-boundary: broken',
    ]);
    // Without the module list, wildcards stand for the modules.
    expect(check([intoRepository])).toEqual([
      'module-layers: kept',
      'module-boundaries: broken',
    ]);
    const upward: TestImport = ['shop.users.types', 'shop.users.services', 5];
    expect(check([upward])).toEqual([
      'module-layers: broken',
      'module-boundaries: kept',
    ]);
  });

  it('has no default contracts for a platform monorepo', () => {
    expect(defaultContracts('platform-monorepo', 'platform')).toEqual([]);
  });
});
