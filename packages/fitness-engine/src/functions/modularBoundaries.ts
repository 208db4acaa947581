import { FitnessFunction } from './FitnessFunction';
import {
  moduleOf,
  monolithModules,
  shortName,
} from '../contracts/monolithModules';
import { fail, pass, plural } from './outcome';

/** What one module may use of another (DESIGN.md, "Conventions"). */
const PUBLIC_PARTS = ['services', 'types'];

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
    const evidence = [];
    for (const { importer, imported, sites } of graph.edges()) {
      const from = moduleOf(modules, importer);
      const to = moduleOf(modules, imported);
      if (!from || !to || from === to) continue;
      const part = imported.slice(to.length + 1).split('.')[0];
      if (PUBLIC_PARTS.includes(part)) continue;
      const [source, target] = [shortName(from), shortName(to)];
      for (const site of sites) {
        evidence.push({
          path: site.path,
          line: site.line,
          message: `${importer} imports ${imported}: module ${source} may use only ${target}.${PUBLIC_PARTS.join(
            ` or ${target}.`,
          )}`,
        });
      }
    }
    return evidence.length === 0
      ? pass(
          `${plural(
            modules.length,
            'module',
          )}, each used only through its services and types.`,
        )
      : fail(
          `${plural(evidence.length, 'import')} across module boundaries.`,
          evidence,
        );
  },
};
