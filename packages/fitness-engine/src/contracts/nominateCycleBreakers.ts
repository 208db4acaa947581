import { link } from './chains';
import type { CycleBreakingDependency } from './ContractCheck';
import type { ContractGraph } from './ContractGraph';
import { compareNames } from './moduleExpressions';

/**
 * The dependencies between the children of `pkg` whose removal would leave
 * the children without cycles, with the concrete imports behind each.
 *
 * import-linter delegates this to grimp's `nominate_cycle_breakers`, whose
 * documentation (grimp `docs/usage.rst`) describes it; we follow it:
 *
 * 1. one node per child of the package; an edge child A → child B when any
 *    module of A (A or a descendant) imports any module of B, weighted by
 *    the number of such (importer module, imported module) pairs. Imports
 *    between the package itself and its children, and chains through
 *    modules outside the package, are disregarded;
 * 2. an approximate minimum weighted feedback arc set by the greedy
 *    heuristic of Eades, Lin and Smyth. We order the nodes as grimp's
 *    implementation does: first repeatedly take every source (no incoming
 *    edge), then repeatedly every sink (no outgoing edge; later sinks go
 *    before earlier ones), then repeatedly the node with the greatest
 *    weighted out-degree minus in-degree, ties to the alphabetically first
 *    name; the order is sources, then those nodes, then sinks;
 * 3. every edge that points backwards in that order is a cycle breaker.
 */
export function nominateCycleBreakers(
  graph: ContractGraph,
  pkg: string,
): CycleBreakingDependency[] {
  const children = graph.children(pkg);
  if (children.length < 2) {
    return [];
  }
  const imports = importsBetweenChildren(graph, children);
  const outgoing = new Map<string, Map<string, number>>(
    children.map(c => [c, new Map()]),
  );
  const incoming = new Map<string, Map<string, number>>(
    children.map(c => [c, new Map()]),
  );
  for (const [key, pairs] of imports) {
    const [from, to] = key.split(' ');
    outgoing.get(from)!.set(to, pairs.length);
    incoming.get(to)!.set(from, pairs.length);
  }

  const remaining = new Set(children);
  const remove = (node: string) => {
    remaining.delete(node);
    outgoing.get(node)!.forEach((_, to) => incoming.get(to)!.delete(node));
    incoming.get(node)!.forEach((_, from) => outgoing.get(from)!.delete(node));
  };
  const takeWhile = (
    isCandidate: (node: string) => boolean,
    into: string[][],
  ) => {
    for (;;) {
      const found = [...remaining].filter(isCandidate);
      if (found.length === 0) {
        return;
      }
      found.forEach(remove);
      into.push(found);
    }
  };
  const sources: string[][] = [];
  const sinks: string[][] = [];
  takeWhile(node => incoming.get(node)!.size === 0, sources);
  takeWhile(node => outgoing.get(node)!.size === 0, sinks);
  const middle: string[] = [];
  while (remaining.size > 0) {
    let best: string | undefined;
    let bestDifference = -Infinity;
    for (const node of remaining) {
      const difference = sum(outgoing.get(node)!) - sum(incoming.get(node)!);
      if (
        difference > bestDifference ||
        (difference === bestDifference && node < best!)
      ) {
        best = node;
        bestDifference = difference;
      }
    }
    middle.push(best!);
    remove(best!);
  }
  const order = [...sources.flat(), ...middle, ...sinks.reverse().flat()];
  const position = new Map(order.map((node, index) => [node, index]));

  const breakers: CycleBreakingDependency[] = [];
  for (const [key, pairs] of imports) {
    const [downstream, upstream] = key.split(' ');
    if (position.get(upstream)! < position.get(downstream)!) {
      breakers.push({
        downstream,
        upstream,
        imports: pairs.map(([importer, imported]) =>
          link(graph, importer, imported),
        ),
      });
    }
  }
  return breakers.sort(
    (a, b) =>
      compareNames(a.downstream, b.downstream) ||
      compareNames(a.upstream, b.upstream),
  );
}

/** Direct imports between the children's packages, keyed `childA childB`, each pair once. */
function importsBetweenChildren(
  graph: ContractGraph,
  children: readonly string[],
): Map<string, Array<[string, string]>> {
  const childOf = new Map<string, string>();
  for (const child of children) {
    graph.withDescendants(child).forEach(module => childOf.set(module, child));
  }
  const imports = new Map<string, Array<[string, string]>>();
  for (const [importer, child] of [...childOf].sort((a, b) =>
    compareNames(a[0], b[0]),
  )) {
    for (const imported of graph.importsOf(importer)) {
      const importedChild = childOf.get(imported);
      if (importedChild !== undefined && importedChild !== child) {
        const key = `${child} ${importedChild}`;
        imports.set(key, [...(imports.get(key) ?? []), [importer, imported]]);
      }
    }
  }
  return imports;
}

function sum(weights: ReadonlyMap<string, number>): number {
  let total = 0;
  weights.forEach(weight => (total += weight));
  return total;
}
