import type { ContractViolation } from './ContractCheck';
import type { ContractGraph } from './ContractGraph';
import { findLevelViolations } from './evaluateLayersContract';
import { requireModule, resolveModules } from './resolveModules';
import type { IndependenceContract } from './types';

/**
 * Checks an `independence` contract (docs/contract_types/independence.md):
 * no imports in any direction between the listed modules, even indirectly;
 * descendants count as their module. Every listed module must exist.
 *
 * As import-linter does, the modules are checked as one layer of
 * independent siblings, so a chain from one listed module to another does
 * not pass through a third listed module (that chain is reported as the
 * violations of its own parts).
 */
export function evaluateIndependenceContract(
  graph: ContractGraph,
  contract: IndependenceContract,
): ContractViolation[] {
  const modules = resolveModules(graph, contract.modules);
  modules.forEach(module => requireModule(graph, module));
  return findLevelViolations(graph, [{ modules, independent: true }]);
}
