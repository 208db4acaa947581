import { findIllegalRoutes } from './chains';
import { ContractCheckError, type ContractViolation } from './ContractCheck';
import type { ContractGraph } from './ContractGraph';
import { compareNames, isInPackage, lastPart } from './moduleExpressions';
import { resolveModules } from './resolveModules';
import type { Layer, LayersContract, SessionOptions } from './types';

export interface LayersFindings {
  violations: ContractViolation[];
  undeclaredModules: string[];
}

/**
 * Checks a `layers` contract (docs/contract_types/layers.md) on a graph whose
 * ignored imports are already removed:
 *
 * - a lower layer may not import a higher one, directly or through any chain
 *   of other modules; descendants of a layer count as the layer;
 * - with `containers`, each container has its own layers, and the layers of
 *   different containers may import each other;
 * - `a | b`: siblings may not import each other either; `a : b`: they may;
 * - a listed layer that does not exist is an error, unless it is optional
 *   `(x)`; exhaustive contracts report every child of a container that is
 *   not a layer (nor in `exhaustive_ignores`).
 *
 * As grimp does, a chain between two layers may not pass through a third
 * layer: such a chain is reported as the violations of its own parts.
 */
export function evaluateLayersContract(
  graph: ContractGraph,
  contract: LayersContract,
  session: SessionOptions,
): LayersFindings {
  const containers = resolveModules(graph, contract.containers);
  if (contract.containers.length > 0 && containers.length === 0) {
    throw new ContractCheckError(
      `The containers ${contract.containers.join(', ')} match no module. ` +
        'Name existing packages as containers.',
    );
  }
  if (containers.length > 0) {
    for (const container of containers) {
      checkContainer(graph, container, contract.layers, session.rootPackages);
    }
  } else {
    for (const layer of contract.layers) {
      for (const module of layer.modules) {
        if (!module.optional && !graph.has(module.name)) {
          throw new ContractCheckError(
            `Missing layer '${module.name}': module ${module.name} does not exist. ` +
              'Create it, or write the layer as (name) to make it optional.',
          );
        }
      }
    }
  }

  const violations: ContractViolation[] = [];
  for (const container of containers.length > 0 ? containers : [undefined]) {
    const levels = contract.layers.map(layer => ({
      independent: layer.independent,
      modules: layer.modules
        .map(m => (container ? `${container}.${m.name}` : m.name))
        .filter(name => graph.has(name)),
    }));
    violations.push(...findLevelViolations(graph, levels));
  }
  return {
    violations,
    undeclaredModules: contract.exhaustive
      ? undeclaredModules(graph, contract, containers)
      : [],
  };
}

function checkContainer(
  graph: ContractGraph,
  container: string,
  layers: readonly Layer[],
  rootPackages: readonly string[],
): void {
  if (!rootPackages.some(root => isInPackage(container, root))) {
    const roots = rootPackages.join(', ');
    throw new ContractCheckError(
      rootPackages.length === 1
        ? `Invalid container '${container}': a container must either be a subpackage of ${roots}, or ${roots} itself.`
        : `Invalid container '${container}': a container must either be a root package, or a subpackage of one of them. (The root packages are: ${roots}.)`,
    );
  }
  for (const layer of layers) {
    for (const module of layer.modules) {
      const name = `${container}.${module.name}`;
      if (!module.optional && !graph.has(name)) {
        throw new ContractCheckError(
          `Missing layer in container '${container}': module ${name} does not exist. ` +
            'Create it, or write the layer as (name) to make it optional.',
        );
      }
    }
  }
}

/** A layer with absolute module names that exist. */
export interface Level {
  modules: string[];
  independent: boolean;
}

/**
 * grimp's `find_illegal_dependencies_for_layers` for one container: every
 * lower level → higher level, and sibling → sibling within an independent
 * level, each searched without passing through the other layers.
 */
export function findLevelViolations(
  graph: ContractGraph,
  levels: readonly Level[],
): ContractViolation[] {
  const packages = new Map<string, Set<string>>();
  for (const level of levels) {
    for (const module of level.modules) {
      packages.set(module, graph.withDescendants(module));
    }
  }
  const allLayerModules = new Set<string>();
  packages.forEach(modules => modules.forEach(m => allLayerModules.add(m)));

  const pairs: Array<[string, string]> = [];
  levels.forEach((level, index) => {
    for (const higher of level.modules) {
      for (const lower of levels.slice(index + 1).flatMap(l => l.modules)) {
        pairs.push([lower, higher]);
      }
      if (level.independent) {
        level.modules
          .filter(s => s !== higher)
          .forEach(s => pairs.push([higher, s]));
      }
    }
  });

  const violations: ContractViolation[] = [];
  for (const [importer, imported] of pairs) {
    const from = packages.get(importer)!;
    const to = packages.get(imported)!;
    const excluded = new Set(
      [...allLayerModules].filter(m => !from.has(m) && !to.has(m)),
    );
    const chains = findIllegalRoutes(graph, from, to, excluded);
    if (chains.length > 0) {
      violations.push({ importer, imported, chains });
    }
  }
  return violations.sort(
    (a, b) =>
      compareNames(a.importer, b.importer) ||
      compareNames(a.imported, b.imported),
  );
}

function undeclaredModules(
  graph: ContractGraph,
  contract: LayersContract,
  containers: readonly string[],
): string[] {
  const declared = new Set([
    ...contract.layers.flatMap(layer => layer.modules.map(m => m.name)),
    ...contract.exhaustiveIgnores,
  ]);
  const undeclared = new Set<string>();
  for (const container of containers) {
    for (const child of graph.children(container)) {
      if (!declared.has(lastPart(child))) {
        undeclared.add(`${container}.${lastPart(child)}`);
      }
    }
  }
  return [...undeclared].sort();
}
