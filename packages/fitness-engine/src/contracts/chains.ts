import type { ChainLink, ImportChain } from './ContractCheck';
import type { ContractGraph } from './ContractGraph';

type ExcludedImports = Map<string, Set<string>>;

/**
 * A shortest chain of imports from any module of `from` to any module of
 * `to`, not passing through `excludedModules` nor using `excludedImports`.
 * Breadth-first from the sources in name order, neighbours in name order,
 * so ties always resolve the same way (grimp leaves ties unspecified).
 */
export function findShortestChain(
  graph: ContractGraph,
  from: ReadonlySet<string>,
  to: ReadonlySet<string>,
  excludedModules: ReadonlySet<string> = new Set(),
  excludedImports: ExcludedImports = new Map(),
): string[] | undefined {
  const parent = new Map<string, string | undefined>();
  const queue: string[] = [];
  for (const source of [...from].sort()) {
    parent.set(source, undefined);
    queue.push(source);
  }
  for (let head = 0; head < queue.length; head++) {
    const module = queue[head];
    const excluded = excludedImports.get(module);
    for (const next of graph.importsOf(module)) {
      if (
        parent.has(next) ||
        excludedModules.has(next) ||
        excluded?.has(next)
      ) {
        continue;
      }
      parent.set(next, module);
      if (to.has(next)) {
        return pathTo(next, parent);
      }
      queue.push(next);
    }
  }
  return undefined;
}

/**
 * From one module, the shortest chain to each reachable module of `targets`,
 * never passing through `excludedModules` nor through another target:
 * grimp's `find_shortest_chains` for one downstream module.
 */
export function findShortestChainsFrom(
  graph: ContractGraph,
  source: string,
  targets: ReadonlySet<string>,
  excludedModules: ReadonlySet<string>,
): string[][] {
  const parent = new Map<string, string | undefined>([[source, undefined]]);
  const queue = [source];
  const chains: string[][] = [];
  for (let head = 0; head < queue.length; head++) {
    for (const next of graph.importsOf(queue[head])) {
      if (parent.has(next) || excludedModules.has(next)) {
        continue;
      }
      parent.set(next, queue[head]);
      if (targets.has(next)) {
        chains.push(pathTo(next, parent));
      } else {
        queue.push(next);
      }
    }
  }
  return chains;
}

function pathTo(
  end: string,
  parent: ReadonlyMap<string, string | undefined>,
): string[] {
  const path = [end];
  for (let at = parent.get(end); at !== undefined; at = parent.get(at)) {
    path.push(at);
  }
  return path.reverse();
}

/** grimp's Route: chains sharing one middle, fanning in at the heads and out at the tails. */
interface Route {
  heads: string[];
  middle: string[];
  tails: string[];
}

/**
 * The illegal routes from one layer package to another, as grimp's
 * `find_illegal_dependencies_for_layers` finds them: first every direct
 * import, then repeatedly a shortest indirect chain, whose imports are then
 * excluded from further search. Routes with the same middle are merged, and
 * get every head and tail that imports / is imported by the middle's ends.
 */
export function findIllegalRoutes(
  graph: ContractGraph,
  from: ReadonlySet<string>,
  to: ReadonlySet<string>,
  excludedModules: ReadonlySet<string>,
): ImportChain[] {
  const routes: Route[] = [];
  const excludedImports: ExcludedImports = new Map();
  for (const importer of [...from].sort()) {
    for (const imported of graph.importsOf(importer)) {
      if (to.has(imported)) {
        routes.push({ heads: [importer], middle: [], tails: [imported] });
        exclude(excludedImports, importer, imported);
      }
    }
  }
  const seenMiddles = new Set<string>();
  for (;;) {
    const chain = findShortestChain(
      graph,
      from,
      to,
      excludedModules,
      excludedImports,
    );
    if (!chain) {
      break;
    }
    for (let i = 0; i + 1 < chain.length; i++) {
      exclude(excludedImports, chain[i], chain[i + 1]);
    }
    const middle = chain.slice(1, -1);
    const key = middle.join(' ');
    if (seenMiddles.has(key)) {
      continue;
    }
    seenMiddles.add(key);
    routes.push({
      heads: graph.importersOf(middle[0]).filter(m => from.has(m)),
      middle,
      tails: graph.importsOf(middle[middle.length - 1]).filter(m => to.has(m)),
    });
  }
  return routes.map(route => routeToChain(graph, route));
}

function exclude(imports: ExcludedImports, importer: string, imported: string) {
  imports.set(importer, (imports.get(importer) ?? new Set()).add(imported));
}

/** import-linter's `build_detailed_chain_from_route`. */
function routeToChain(graph: ContractGraph, route: Route): ImportChain {
  const [head, ...otherHeads] = route.heads;
  const [tail, ...otherTails] = route.tails;
  const modules = [head, ...route.middle, tail];
  return {
    links: linksOf(graph, modules),
    extraFirsts: otherHeads.map(h => link(graph, h, route.middle[0])),
    extraLasts: otherTails.map(t =>
      link(graph, route.middle[route.middle.length - 1], t),
    ),
  };
}

/** The links of a chain given as its modules. */
export function linksOf(
  graph: ContractGraph,
  modules: readonly string[],
): ChainLink[] {
  const links: ChainLink[] = [];
  for (let i = 0; i + 1 < modules.length; i++) {
    links.push(link(graph, modules[i], modules[i + 1]));
  }
  return links;
}

export function link(
  graph: ContractGraph,
  importer: string,
  imported: string,
): ChainLink {
  const sites = [...graph.sitesOf(importer, imported)].sort(
    (a, b) => a.path.localeCompare(b.path) || a.line - b.line,
  );
  const lineNumbers = [...new Set(sites.map(site => site.line))].sort(
    (a, b) => a - b,
  );
  return { importer, imported, lineNumbers, sites };
}

/** Orders chains as Python sorts tuples of module names. */
export function compareChains(
  a: readonly string[],
  b: readonly string[],
): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) {
      return a[i] < b[i] ? -1 : 1;
    }
  }
  return a.length - b.length;
}
