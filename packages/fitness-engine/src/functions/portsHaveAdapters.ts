import { classDefinitions, ClassDefinition } from '../python/classDefinitions';
import { discoverModules } from '../python/discoverModules';
import { FitnessContext, FitnessFunction } from './FitnessFunction';
import { fail, notApplicable, pass, plural } from './outcome';

type Located = ClassDefinition & { path: string };

async function classesUnder(
  context: FitnessContext,
  modules: Map<string, string>,
  prefix: string,
): Promise<Located[]> {
  const found: Located[] = [];
  for (const [module, path] of modules) {
    if (module !== prefix && !module.startsWith(`${prefix}.`)) continue;
    const source = await context.tree.readText(path);
    for (const definition of classDefinitions(source)) {
      found.push({ ...definition, path });
    }
  }
  return found;
}

/** Every abstract port in the domain has an implementation in infrastructure. */
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
    const ports = (
      await classesUnder(context, modules, `${root}.domain`)
    ).filter(c => c.abstract);
    if (ports.length === 0) {
      return notApplicable(
        'The domain declares no abstract ports (ABC or Protocol).',
      );
    }
    const adapters = await classesUnder(
      context,
      modules,
      `${root}.infrastructure`,
    );
    const implemented = new Set(
      adapters.flatMap(a => a.bases.map(b => b.split('.').pop()!)),
    );
    const missing = ports.filter(p => !implemented.has(p.name));
    const evidence = missing.map(p => ({
      path: p.path,
      line: p.line,
      message: `${p.name} has no implementation in ${root}.infrastructure`,
    }));
    return missing.length === 0
      ? pass(
          `${plural(
            ports.length,
            'port',
          )}, each implemented in infrastructure.`,
        )
      : fail(
          `${plural(missing.length, 'port')} of ${
            ports.length
          } without an adapter.`,
          evidence,
        );
  },
};
