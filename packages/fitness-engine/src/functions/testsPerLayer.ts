import { findImportLinterConfig, ImportLinterConfig } from '../contracts';
import { SERVICE_LAYERS } from '@internal/plugin-fitness-common';
import { matchesModuleExpression } from '../contracts/moduleExpressions';
import type { ImportGraph } from '../graph/ImportGraph';
import { extractImports } from '../python/extractImports';
import { FitnessFunction } from './FitnessFunction';
import { moduleOf, monolithModules } from '../contracts/monolithModules';
import { fail, notApplicable, pass, plural, warn } from './outcome';

const TEST_FILE = /(^|\/)(tests?\/.*|test_[^/]*|[^/]*_test)\.py$/;

/**
 * The layers a configuration's `layers` contracts name, as modules of the
 * service: each layer module in each container (a container may be a
 * wildcard expression), or the layer itself without containers.
 */
function contractLayers(
  config: ImportLinterConfig | undefined,
  graph: ImportGraph,
): string[] {
  const internal = [...graph.modules].filter(m => graph.isInternal(m));
  const found = new Set<string>();
  for (const contract of config?.contracts ?? []) {
    if (contract.type !== 'layers') continue;
    const containers = contract.containers.length
      ? contract.containers.flatMap(expression =>
          internal.filter(m => matchesModuleExpression(expression, m)),
        )
      : [''];
    for (const container of containers) {
      for (const layer of contract.layers) {
        for (const { name } of layer.modules) {
          const module = container ? `${container}.${name}` : name;
          if (graph.isInternal(module)) found.add(module);
        }
      }
    }
  }
  return [...found].sort();
}

/** Each layer (or each module of a modular monolith) is imported by some test. */
export const testsPerLayerFunction: FitnessFunction = {
  id: 'tests-per-layer',
  title: 'Every layer has tests',
  category: 'architecture',
  level: 'silver',
  weight: 2,
  docsPath: 'docs/fitness/tests-per-layer.md',
  appliesTo: ({ rootPackage }) => rootPackage !== undefined,
  async evaluate({ tree, graph, rootPackage, style }) {
    const root = rootPackage!;
    const own = contractLayers(
      await findImportLinterConfig(tree).catch(() => undefined),
      graph,
    );
    let parts = own;
    if (own.length === 0) {
      parts =
        style === 'modular-monolith'
          ? monolithModules(graph.modules, root)
          : SERVICE_LAYERS.map(layer => `${root}.${layer}`).filter(layer =>
              graph.isInternal(layer),
            );
    }
    if (parts.length === 0) {
      return notApplicable(
        `No layers to test: no layers contract, and ${root} has none of ${
          style === 'modular-monolith'
            ? 'the modules of a modular monolith'
            : SERVICE_LAYERS.join(', ')
        }.`,
      );
    }
    const testFiles = tree.files.filter(f => TEST_FILE.test(f.path));
    if (testFiles.length === 0) {
      return fail('No test files (tests/**.py, test_*.py).', [
        { path: '.', message: 'add tests under tests/unit for each layer' },
      ]);
    }
    const tested = new Set<string>();
    const inGraph = new Set<string>();
    for (const { imported, sites } of graph.edges()) {
      for (const site of sites) {
        if (!TEST_FILE.test(site.path)) continue;
        inGraph.add(site.path);
        tested.add(imported);
      }
    }
    // Test files outside the source roots are not modules of the graph.
    for (const file of testFiles.filter(f => !inGraph.has(f.path))) {
      const { imports } = extractImports(await tree.readText(file.path));
      for (const { module, names, level } of imports) {
        if (level > 0) continue;
        const targets = [module, ...names.map(n => `${module}.${n}`)];
        targets.forEach(target => tested.add(target));
      }
    }
    const untested = parts.filter(
      part => ![...tested].some(target => moduleOf([part], target)),
    );
    const what =
      own.length === 0 && style === 'modular-monolith' ? 'module' : 'layer';
    if (untested.length === 0) {
      return pass(`${plural(parts.length, what)}, each imported by a test.`);
    }
    const evidence = untested.map(part => ({
      path: part,
      message: `no test imports ${part}`,
    }));
    return untested.length === parts.length
      ? fail(`No test imports any ${what}.`, evidence)
      : warn(
          `${plural(untested.length, what)} without tests: ${untested.join(
            ', ',
          )}.`,
          evidence,
        );
  },
};
