import { FitnessFunction } from './FitnessFunction';
import { fail, pass, plural } from './outcome';

/** What one module may use of another (DESIGN.md, "Conventions"). */
const PUBLIC_PARTS = ['services', 'types'];

/** The modules of a modular monolith: the packages right under the root. */
export function monolithModules(
  modules: Iterable<string>,
  rootPackage: string,
): Set<string> {
  const found = new Set<string>();
  for (const module of modules) {
    const parts = module.split('.');
    if (parts[0] === rootPackage && parts.length >= 3) found.add(parts[1]);
  }
  return found;
}

/** In a modular monolith, modules use each other only through their public parts. */
export const modularBoundariesFunction: FitnessFunction = {
  id: 'modular-boundaries',
  title: 'Modules talk only through their public interface',
  category: 'architecture',
  level: 'silver',
  weight: 3,
  docsPath: 'docs/fitness/modular-boundaries.md',
  appliesTo: ({ style, rootPackage }) =>
    style === 'modular-monolith' && rootPackage !== undefined,
  async evaluate({ graph, rootPackage }) {
    const root = rootPackage!;
    const modules = monolithModules(graph.modules, root);
    const moduleOf = (name: string) => {
      const parts = name.split('.');
      return parts[0] === root && modules.has(parts[1]) ? parts[1] : undefined;
    };
    const evidence = [];
    for (const { importer, imported, sites } of graph.edges()) {
      const from = moduleOf(importer);
      const to = moduleOf(imported);
      if (!from || !to || from === to) continue;
      const part = imported.split('.')[2];
      if (part !== undefined && PUBLIC_PARTS.includes(part)) continue;
      for (const site of sites) {
        evidence.push({
          path: site.path,
          line: site.line,
          message: `${importer} imports ${imported}: module ${from} may use only ${to}.${PUBLIC_PARTS.join(
            ` or ${to}.`,
          )}`,
        });
      }
    }
    return evidence.length === 0
      ? pass(
          `${plural(
            modules.size,
            'module',
          )}, each used only through its services and types.`,
        )
      : fail(
          `${plural(evidence.length, 'import')} across module boundaries.`,
          evidence,
        );
  },
};
