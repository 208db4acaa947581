import { ContractCheckError, type SiblingCycles } from './ContractCheck';
import type { ContractGraph } from './ContractGraph';
import { hasWildcard } from './moduleExpressions';
import { nominateCycleBreakers } from './nominateCycleBreakers';
import { resolveModules } from './resolveModules';
import type { AcyclicSiblingsContract } from './types';

/**
 * Checks an `acyclic_siblings` contract
 * (docs/contract_types/acyclic_siblings.md): no dependency cycle between the
 * children of each ancestor, their descendants' direct imports counting as
 * dependencies; then the same, generation by generation, down to `depth`
 * generations below the ancestors (0: only the ancestors' children), not
 * drilling into `skip_descendants`. Deeper imports still count towards
 * their ancestors' dependencies whatever the depth or skips.
 *
 * Each package with a cycle is reported with the dependencies whose removal
 * would break its cycles (see nominateCycleBreakers).
 */
export function evaluateAcyclicSiblingsContract(
  graph: ContractGraph,
  contract: AcyclicSiblingsContract,
): SiblingCycles[] {
  const overlap = contract.ancestors
    .filter(expression => contract.skipDescendants.includes(expression))
    .sort()[0];
  if (overlap !== undefined) {
    throw new ContractCheckError(
      hasWildcard(overlap)
        ? `Cannot skip descendant '${overlap}' as the same expression is in ancestors.`
        : `Cannot skip '${overlap}' as it is also an ancestor.`,
    );
  }
  const ancestors = resolveModules(graph, contract.ancestors, true);
  const skipped = new Set(
    resolveModules(graph, contract.skipDescendants, true),
  );

  const found = new Map<string, SiblingCycles>();
  const visit = (pkg: string, remainingDepth: number) => {
    const children = graph.children(pkg);
    if (children.length === 0) {
      return;
    }
    const dependencies = nominateCycleBreakers(graph, pkg);
    if (dependencies.length > 0) {
      found.set(pkg, { package: pkg, dependencies });
    }
    if (remainingDepth > 0) {
      children
        .filter(child => !skipped.has(child))
        .forEach(child => visit(child, remainingDepth - 1));
    }
  };
  ancestors.forEach(ancestor => visit(ancestor, contract.depth));
  return [...found.values()].sort((a, b) => (a.package < b.package ? -1 : 1));
}
