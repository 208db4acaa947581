import {
  compareChains,
  findShortestChain,
  findShortestChainsFrom,
  linksOf,
} from './chains';
import { ContractCheckError, type ContractViolation } from './ContractCheck';
import type { ContractGraph } from './ContractGraph';
import { compareNames, isInPackage } from './moduleExpressions';
import { requireModule, resolveModules } from './resolveModules';
import type { ForbiddenContract, SessionOptions } from './types';

/**
 * Checks a `forbidden` contract (docs/contract_types/forbidden.md): the
 * source modules may not import the forbidden modules, indirectly included
 * unless `allow_indirect_imports`; descendants count unless `as_packages` is
 * false. Source modules must exist; forbidden modules that do not exist are
 * skipped. External forbidden modules need `include_external_packages` and
 * must be top-level packages. A source and a forbidden module that are the
 * same, or contain one another, are not checked against each other.
 *
 * As grimp's `find_shortest_chains`, one shortest chain is reported per
 * (importing module, imported module) pair, passing through no other module
 * of the two packages.
 */
export function evaluateForbiddenContract(
  graph: ContractGraph,
  contract: ForbiddenContract,
  session: SessionOptions,
): ContractViolation[] {
  const sources = resolveModules(graph, contract.sourceModules);
  const forbidden = resolveModules(graph, contract.forbiddenModules);
  sources.forEach(module => requireModule(graph, module));
  checkExternalForbiddenModules(forbidden, session);

  const violations: ContractViolation[] = [];
  for (const source of sources) {
    for (const target of forbidden.filter(module => graph.has(module))) {
      if (overlap(source, target, contract.asPackages)) {
        continue;
      }
      const from = contract.asPackages
        ? graph.withDescendants(source)
        : new Set([source]);
      const to = contract.asPackages
        ? graph.withDescendants(target)
        : new Set([target]);
      const chains = contract.allowIndirectImports
        ? directChains(graph, from, to)
        : shortestChains(graph, from, to);
      if (chains.length > 0) {
        violations.push({
          importer: source,
          imported: target,
          chains: chains.sort(compareChains).map(chain => ({
            links: linksOf(graph, chain),
            extraFirsts: [],
            extraLasts: [],
          })),
        });
      }
    }
  }
  // As import-linter: by upstream, then downstream module.
  return violations.sort(
    (a, b) =>
      compareNames(a.imported, b.imported) ||
      compareNames(a.importer, b.importer),
  );
}

function overlap(source: string, target: string, asPackages: boolean): boolean {
  if (source === target) {
    return true;
  }
  return (
    asPackages && (isInPackage(source, target) || isInPackage(target, source))
  );
}

function checkExternalForbiddenModules(
  forbidden: readonly string[],
  session: SessionOptions,
) {
  const external = forbidden.filter(
    module => !session.rootPackages.some(root => isInPackage(module, root)),
  );
  if (external.length === 0) {
    return;
  }
  if (!session.includeExternalPackages) {
    throw new ContractCheckError(
      'The top level configuration must have include_external_packages=True ' +
        `when there are external forbidden modules (${external.join(', ')}).`,
    );
  }
  const nested = external.find(module => module.includes('.'));
  if (nested) {
    throw new ContractCheckError(
      `Invalid forbidden module ${nested}: subpackages of external packages are not valid. ` +
        `Forbid the top-level package ${nested.split('.')[0]} instead.`,
    );
  }
}

function directChains(
  graph: ContractGraph,
  from: Set<string>,
  to: Set<string>,
): string[][] {
  const chains: string[][] = [];
  for (const importer of from) {
    for (const imported of graph.importsOf(importer)) {
      if (to.has(imported)) {
        chains.push([importer, imported]);
      }
    }
  }
  return chains;
}

function shortestChains(
  graph: ContractGraph,
  from: Set<string>,
  to: Set<string>,
): string[][] {
  if (!findShortestChain(graph, from, to)) {
    return [];
  }
  // The other modules of the importing package are excluded; the start is visited first.
  return [...from].flatMap(downstream =>
    findShortestChainsFrom(graph, downstream, to, from),
  );
}
