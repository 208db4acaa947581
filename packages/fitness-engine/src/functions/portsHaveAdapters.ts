import { classDefinitions, ClassDefinition } from '../python/classDefinitions';
import { discoverModules } from '../python/discoverModules';
import { FitnessContext, FitnessFunction } from './FitnessFunction';
import { fail, notApplicable, pass, plural } from './outcome';

type Located = ClassDefinition & { path: string };

const within = (module: string, prefix: string) =>
  module === prefix || module.startsWith(`${prefix}.`);

async function classesOf(
  context: FitnessContext,
  modules: Map<string, string>,
  wanted: (module: string) => boolean,
): Promise<Located[]> {
  const found: Located[] = [];
  for (const [module, path] of modules) {
    if (!wanted(module)) continue;
    const source = await context.tree.readText(path);
    for (const definition of classDefinitions(source)) {
      found.push({ ...definition, path });
    }
  }
  return found;
}

/**
 * Every abstract port in the domain has an implementation in the service
 * outside the domain: in infrastructure, adapters, or wherever the service
 * keeps them. Test doubles do not count.
 */
export const portsHaveAdaptersFunction: FitnessFunction = {
  id: 'ports-have-adapters',
  title: 'Every domain port has an adapter',
  category: 'architecture',
  level: 'silver',
  weight: 2,
  docsPath: 'docs/fitness/ports-have-adapters.md',
  appliesTo: ({ graph, rootPackage }) =>
    rootPackage !== undefined && graph.isInternal(`${rootPackage}.domain`),
  async evaluate(context) {
    const { modules } = discoverModules(context.tree.files);
    const root = context.rootPackage!;
    const domain = `${root}.domain`;
    const ports = (
      await classesOf(context, modules, m => within(m, domain))
    ).filter(c => c.abstract);
    if (ports.length === 0) {
      return notApplicable(
        'The domain declares no abstract ports (ABC or Protocol).',
      );
    }
    const adapters = await classesOf(
      context,
      modules,
      m =>
        within(m, root) &&
        !within(m, domain) &&
        !m.split('.').some(part => part === 'tests' || part === 'test'),
    );
    const implemented = new Set(
      adapters.flatMap(a => a.bases.map(b => b.split('.').pop()!)),
    );
    const missing = ports.filter(p => !implemented.has(p.name));
    const evidence = missing.map(p => ({
      path: p.path,
      line: p.line,
      message: `${p.name} has no implementation in ${root} outside the domain`,
    }));
    return missing.length === 0
      ? pass(
          `${plural(
            ports.length,
            'port',
          )}, each implemented outside the domain.`,
        )
      : fail(
          `${plural(missing.length, 'port')} of ${
            ports.length
          } without an adapter.`,
          evidence,
        );
  },
};
