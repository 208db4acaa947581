import { ContractCheckError } from './ContractCheck';
import type { ContractGraph } from './ContractGraph';
import { hasWildcard } from './moduleExpressions';

/**
 * The modules that expressions name, as import-linter's
 * `module_expressions_to_modules`: a wildcard expression gives the modules it
 * matches; an exact name gives itself, whether or not it exists (the caller
 * decides). With `requireMatch`, an expression that names nothing is an error.
 */
export function resolveModules(
  graph: ContractGraph,
  expressions: readonly string[],
  requireMatch = false,
): string[] {
  const modules = new Set<string>();
  for (const expression of expressions) {
    if (hasWildcard(expression)) {
      const matches = graph.matchingModules(expression);
      if (requireMatch && matches.length === 0) {
        throw new ContractCheckError(
          `The expression '${expression}' did not match any modules.`,
        );
      }
      matches.forEach(module => modules.add(module));
    } else {
      if (requireMatch) {
        requireModule(graph, expression);
      }
      modules.add(expression);
    }
  }
  return [...modules].sort();
}

export function requireModule(graph: ContractGraph, module: string): void {
  if (!graph.has(module)) {
    throw new ContractCheckError(
      `Module '${module}' does not exist. Check the name against the package's modules.`,
    );
  }
}
