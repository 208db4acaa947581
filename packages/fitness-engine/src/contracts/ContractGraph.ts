import type { ImportGraph, ImportSite } from '../graph/ImportGraph';
import {
  hasWildcard,
  isDescendantOf,
  isInPackage,
  matchesModuleExpression,
} from './moduleExpressions';
import type { ImportExpression, SessionOptions } from './types';

/**
 * The import graph as import-linter's contracts see it (grimp's graph for
 * the configured root packages):
 *
 * - the modules are those of the root packages, plus their parent packages
 *   even when these have no module of their own (namespace packages);
 * - only imports made by those modules count;
 * - an import of a name inside a root package that is not a module counts as
 *   an import of its nearest module (`from pkg.a import Thing` → `pkg.a`);
 * - other imports are of external packages: dropped, unless
 *   `include_external_packages` is set, in which case each becomes an import
 *   of a "squashed" module named after its top-level package (`django.db` →
 *   `django`), as grimp does;
 * - with `exclude_type_checking_imports`, imports under `if TYPE_CHECKING:`
 *   are left out.
 */
export class ContractGraph {
  private readonly sortedImports = new Map<string, string[]>();
  private readonly sortedImporters = new Map<string, string[]>();
  private allImports?: ReadonlyArray<readonly [string, string]>;

  private constructor(
    readonly modules: ReadonlySet<string>,
    private readonly squashed: ReadonlySet<string>,
    private readonly childrenOf: ReadonlyMap<string, readonly string[]>,
    private readonly forward: Map<string, Map<string, readonly ImportSite[]>>,
    private readonly backward: Map<string, Set<string>>,
  ) {}

  static fromImportGraph(
    graph: ImportGraph,
    session: SessionOptions,
  ): ContractGraph {
    const roots = session.rootPackages;
    const inRoots = (module: string) =>
      roots.some(root => isInPackage(module, root));
    const internal = new Set<string>();
    for (const module of graph.modules) {
      if (!inRoots(module)) {
        continue;
      }
      internal.add(module);
      for (
        let dot = module.lastIndexOf('.');
        dot > 0;
        dot = module.lastIndexOf('.', dot - 1)
      ) {
        const parent = module.slice(0, dot);
        if (!inRoots(parent)) {
          break;
        }
        internal.add(parent);
      }
    }
    const squashed = new Set<string>();
    const resolve = (name: string): string | undefined => {
      if (internal.has(name)) {
        return name;
      }
      if (inRoots(name)) {
        for (
          let dot = name.lastIndexOf('.');
          dot > 0;
          dot = name.lastIndexOf('.', dot - 1)
        ) {
          if (internal.has(name.slice(0, dot))) {
            return name.slice(0, dot);
          }
        }
        return undefined;
      }
      if (!session.includeExternalPackages) {
        return undefined;
      }
      const external = externalPackageName(name, roots);
      if (external !== undefined) {
        squashed.add(external);
      }
      return external;
    };

    const forward = new Map<string, Map<string, ImportSite[]>>();
    const backward = new Map<string, Set<string>>();
    for (const { importer, imported, sites } of graph.edges()) {
      if (!internal.has(importer)) {
        continue;
      }
      const target = resolve(imported);
      const kept = session.excludeTypeCheckingImports
        ? sites.filter(site => !site.typeCheckingOnly)
        : sites;
      if (target === undefined || target === importer || kept.length === 0) {
        continue;
      }
      let targets = forward.get(importer);
      if (!targets) {
        targets = new Map();
        forward.set(importer, targets);
      }
      targets.set(target, [...(targets.get(target) ?? []), ...kept]);
      let importers = backward.get(target);
      if (!importers) {
        importers = new Set();
        backward.set(target, importers);
      }
      importers.add(importer);
    }

    const children = new Map<string, string[]>();
    for (const module of [...internal].sort()) {
      const dot = module.lastIndexOf('.');
      const parent = module.slice(0, Math.max(dot, 0));
      if (dot > 0 && internal.has(parent)) {
        children.set(parent, [...(children.get(parent) ?? []), module]);
      }
    }
    return new ContractGraph(
      new Set([...internal, ...squashed]),
      squashed,
      children,
      forward,
      backward,
    );
  }

  /** A copy of the graph without the given direct imports (importer, imported). */
  withoutImports(imports: Iterable<readonly [string, string]>): ContractGraph {
    const forward = new Map(this.forward);
    const backward = new Map(this.backward);
    for (const [importer, imported] of imports) {
      const targets = new Map(forward.get(importer));
      targets.delete(imported);
      forward.set(importer, targets);
      const importers = new Set(backward.get(imported));
      importers.delete(importer);
      backward.set(imported, importers);
    }
    return new ContractGraph(
      this.modules,
      this.squashed,
      this.childrenOf,
      forward,
      backward,
    );
  }

  has(module: string): boolean {
    return this.modules.has(module);
  }

  /** An external package, kept as one module without descendants. */
  isSquashed(module: string): boolean {
    return this.squashed.has(module);
  }

  /** Modules the given one imports directly, sorted. */
  importsOf(module: string): readonly string[] {
    let sorted = this.sortedImports.get(module);
    if (!sorted) {
      sorted = [...(this.forward.get(module)?.keys() ?? [])].sort();
      this.sortedImports.set(module, sorted);
    }
    return sorted;
  }

  /** Modules that import the given one directly, sorted. */
  importersOf(module: string): readonly string[] {
    let sorted = this.sortedImporters.get(module);
    if (!sorted) {
      sorted = [...(this.backward.get(module) ?? [])].sort();
      this.sortedImporters.set(module, sorted);
    }
    return sorted;
  }

  hasImport(importer: string, imported: string): boolean {
    return this.forward.get(importer)?.has(imported) ?? false;
  }

  sitesOf(importer: string, imported: string): readonly ImportSite[] {
    return this.forward.get(importer)?.get(imported) ?? [];
  }

  /** Every direct import, once per pair of modules, sorted by importer then imported. */
  imports(): ReadonlyArray<readonly [string, string]> {
    if (!this.allImports) {
      this.allImports = [...this.forward.keys()]
        .sort()
        .flatMap(importer =>
          this.importsOf(importer).map(
            imported => [importer, imported] as const,
          ),
        );
    }
    return this.allImports;
  }

  /** The direct children of a module, sorted. */
  children(module: string): readonly string[] {
    return this.childrenOf.get(module) ?? [];
  }

  /** The module and all its descendants. */
  withDescendants(module: string): Set<string> {
    const result = new Set<string>([module]);
    const stack = [module];
    while (stack.length > 0) {
      for (const child of this.children(stack.pop()!)) {
        result.add(child);
        stack.push(child);
      }
    }
    return result;
  }

  /** Modules matching an expression, sorted; an exact name matches itself if present. */
  matchingModules(expression: string): string[] {
    return [...this.modules]
      .filter(m => matchesModuleExpression(expression, m))
      .sort();
  }

  /** Direct imports matching an `importer -> imported` expression, sorted. */
  matchingImports(
    expression: ImportExpression,
  ): Array<readonly [string, string]> {
    const { importer, imported } = expression;
    if (!hasWildcard(importer) && !hasWildcard(imported)) {
      return this.hasImport(importer, imported) ? [[importer, imported]] : [];
    }
    return this.imports().filter(
      ([from, to]) =>
        matchesModuleExpression(importer, from) &&
        matchesModuleExpression(imported, to),
    );
  }
}

/**
 * The module an external import becomes, as grimp names it: the top-level
 * package (`django.db.models` → `django`); for a name sharing a namespace
 * with a root package portion (`ns.foo` is a root package, `ns.bar.x` is
 * imported), the namespace plus the next name (`ns.bar`). An import of a
 * root package's namespace parent is dropped.
 */
function externalPackageName(
  name: string,
  roots: readonly string[],
): string | undefined {
  if (roots.some(root => isDescendantOf(root, name))) {
    return undefined;
  }
  const parts = name.split('.');
  let deepest: string[] = [parts[0]];
  for (const root of roots) {
    const rootParts = root.split('.');
    if (rootParts.length < 2 || rootParts[0] !== parts[0]) {
      continue;
    }
    let shared = 0;
    while (shared < parts.length - 1 && parts[shared] === rootParts[shared]) {
      shared++;
    }
    if (shared + 1 > deepest.length) {
      deepest = parts.slice(0, shared + 1);
    }
  }
  return deepest.join('.');
}
