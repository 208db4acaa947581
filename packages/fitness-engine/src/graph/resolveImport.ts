import type { RawImport } from '../python/extractImports';

/** What the resolver needs to know about the tree's modules. */
export type ModuleIndex = {
  /** Modules with a file (`pkg/__init__.py` is module `pkg`). */
  files: ReadonlyMap<string, string>;
  /** Namespace packages: internal, but without a file. */
  namespacePackages: ReadonlySet<string>;
};

export type ResolvedImport =
  | { ok: true; modules: string[] }
  | { ok: false; message: string };

function isInternal(index: ModuleIndex, name: string): boolean {
  return index.files.has(name) || index.namespacePackages.has(name);
}

/**
 * The module an absolute dotted name stands for: itself if internal; else,
 * when it lies under an internal module with a file, that module (as in
 * `import pkg.generated` where the tree has no `pkg/generated.py`, or
 * `from pkg.mod.Class import x`); else it is external and keeps its full
 * name. A namespace package is not taken as the owner of names below it,
 * since other distributions may share the namespace (`google.protobuf`).
 */
export function moduleOf(index: ModuleIndex, name: string): string {
  if (isInternal(index, name)) {
    return name;
  }
  for (
    let dot = name.lastIndexOf('.');
    dot > 0;
    dot = name.lastIndexOf('.', dot - 1)
  ) {
    const prefix = name.slice(0, dot);
    if (index.files.has(prefix)) {
      return prefix;
    }
    if (index.namespacePackages.has(prefix)) {
      return name;
    }
  }
  return name;
}

/**
 * The modules one import statement imports, seen from `importer`:
 * - `import a.b.c` imports `a.b.c`;
 * - `from X import n` imports `X.n` when that is an internal module, else `X`;
 *   `from X import *` imports `X`;
 * - a relative import counts its dots from the importer's package: `a/b/c.py`
 *   is in package `a.b`, while `a/b/__init__.py` is package `a.b` itself.
 *   Going above the top-level package is an error, as in Python.
 */
export function resolveImport(
  index: ModuleIndex,
  importer: string,
  importerIsPackage: boolean,
  raw: RawImport,
): ResolvedImport {
  if (raw.kind === 'import') {
    return { ok: true, modules: [moduleOf(index, raw.module)] };
  }
  let base = raw.module;
  if (raw.level > 0) {
    const lastDot = importer.lastIndexOf('.');
    let packageName = importer;
    if (!importerIsPackage) {
      packageName = lastDot === -1 ? '' : importer.slice(0, lastDot);
    }
    const parts = packageName === '' ? [] : packageName.split('.');
    if (raw.level > parts.length) {
      const statement = `from ${'.'.repeat(raw.level)}${
        raw.module
      } import ${raw.names.join(', ')}`;
      return {
        ok: false,
        message:
          parts.length === 0
            ? `relative import "${statement}" in ${importer}, which is not in a package; use an absolute import`
            : `relative import "${statement}" goes above the top-level package ${parts[0]}; use fewer dots or an absolute import`,
      };
    }
    const kept = parts.slice(0, parts.length - (raw.level - 1)).join('.');
    base = raw.module ? `${kept}.${raw.module}` : kept;
  }
  const modules = new Set<string>();
  for (const name of raw.names) {
    const candidate = `${base}.${name}`;
    modules.add(
      name !== '*' && isInternal(index, candidate)
        ? candidate
        : moduleOf(index, base),
    );
  }
  return { ok: true, modules: [...modules] };
}
