import { PYTHON_KEYWORDS } from '@internal/python-vocabulary';
import { invalidIdentifierCharacter } from './characters';

/** The Python modules of a source tree. */
export type DiscoveredModules = {
  /** Dotted module name → path of its file; `pkg/__init__.py` is module `pkg`. */
  modules: Map<string, string>;
  /** Packages without `__init__.py` (PEP 420) that hold modules; they have no file. */
  namespacePackages: Set<string>;
  /** Files left out because another file already defines their module. */
  shadowed: Array<{ path: string; module: string; keptPath: string }>;
};

// Folders that never hold a project's own modules.
const SKIPPED_FOLDERS = new Set([
  '__pycache__',
  'node_modules',
  'site-packages',
]);

function isIdentifier(name: string): boolean {
  if (PYTHON_KEYWORDS.has(name)) {
    return false;
  }
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
    return true;
  }
  return (
    [...name].some(ch => ch.charCodeAt(0) >= 128) &&
    !/^[0-9]/.test(name) &&
    invalidIdentifierCharacter(name) === undefined
  );
}

type Candidate = { module: string; path: string; rank: number };

/**
 * Finds the Python modules among a tree's files and names them.
 *
 * Source roots: in a src layout (a `src/` folder that holds .py files and has
 * no `__init__.py` of its own) `src/` is the source root, and at the top of
 * the tree only regular packages (folders with `__init__.py`, such as a
 * `tests/` package) count besides it: loose scripts and plain folders there
 * (setup.py, docs/) are tooling, not the project's modules. Without a src
 * layout the top of the tree is the source root: its .py files, its regular
 * packages and its namespace packages (folders of .py files without
 * `__init__.py`).
 *
 * Below a source root every folder on the way to a .py file is a package,
 * regular or namespace, as long as each name is a Python identifier: a file
 * or folder whose name is not (`my-app/`, `python3.11/`, `foo.bar.py`) cannot
 * be imported and is left out with everything under it. Hidden folders,
 * virtualenvs (folders with `pyvenv.cfg`), `__pycache__`, `node_modules` and
 * `site-packages` are skipped.
 *
 * When two files define one module, as Python's finder decides: `src/` wins
 * over the top of the tree, and `pkg/__init__.py` wins over `pkg.py`.
 */
export function discoverModules(
  files: ReadonlyArray<{ path: string }>,
): DiscoveredModules {
  const paths = files.map(f => f.path);
  const virtualenvs = new Set(
    paths
      .filter(p => p === 'pyvenv.cfg' || p.endsWith('/pyvenv.cfg'))
      .map(p => p.slice(0, -'pyvenv.cfg'.length)),
  );
  const python = paths.filter(p => p.endsWith('.py'));
  const hasInit = new Set(
    python
      .filter(p => p === '__init__.py' || p.endsWith('/__init__.py'))
      .map(p => p.slice(0, -'__init__.py'.length)),
  );
  const srcLayout =
    !hasInit.has('src/') && python.some(p => p.startsWith('src/'));

  const candidates: Candidate[] = [];
  for (const path of python) {
    const parts = path.split('/');
    if (parts.some(part => part.startsWith('.') || SKIPPED_FOLDERS.has(part))) {
      continue;
    }
    let prefix = '';
    let insideVirtualenv = false;
    for (const part of parts.slice(0, -1)) {
      prefix += `${part}/`;
      insideVirtualenv ||= virtualenvs.has(prefix);
    }
    if (insideVirtualenv || virtualenvs.has('')) {
      continue;
    }
    const fromSrc = srcLayout && parts[0] === 'src';
    const relative = fromSrc ? parts.slice(1) : parts;
    if (
      srcLayout &&
      !fromSrc &&
      (relative.length < 2 || !hasInit.has(`${relative[0]}/`))
    ) {
      continue;
    }
    const file = relative[relative.length - 1];
    const isInit = file === '__init__.py';
    const names = relative.slice(0, -1);
    if (!isInit) {
      names.push(file.slice(0, -'.py'.length));
    }
    if (names.length === 0 || !names.every(isIdentifier)) {
      continue;
    }
    candidates.push({
      module: names.join('.'),
      path,
      rank: (fromSrc ? 0 : 2) + (isInit ? 0 : 1),
    });
  }

  candidates.sort((a, b) => a.rank - b.rank || (a.path < b.path ? -1 : 1));
  const modules = new Map<string, string>();
  const shadowed: DiscoveredModules['shadowed'] = [];
  for (const { module, path } of candidates) {
    const kept = modules.get(module);
    if (kept === undefined) {
      modules.set(module, path);
    } else {
      shadowed.push({ path, module, keptPath: kept });
    }
  }

  const namespacePackages = new Set<string>();
  for (const module of modules.keys()) {
    for (
      let dot = module.indexOf('.');
      dot !== -1;
      dot = module.indexOf('.', dot + 1)
    ) {
      const parent = module.slice(0, dot);
      if (!modules.has(parent)) {
        namespacePackages.add(parent);
      }
    }
  }
  return {
    modules: new Map([...modules].sort(([a], [b]) => (a < b ? -1 : 1))),
    namespacePackages,
    shadowed,
  };
}
