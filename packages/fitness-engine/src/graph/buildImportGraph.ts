import type { SourceTree } from '@internal/source-tree';
import { availableParallelism } from 'node:os';
import { discoverModules } from '../python/discoverModules';
import { extractTreeImports, FileProblem } from '../python/extractTreeImports';
import type { ImportCache } from '../python/ImportCache';
import { ImportGraph } from './ImportGraph';
import { resolveImport } from './resolveImport';

/** Something wrong in one file that the graph had to work around. */
export type ImportGraphProblem = FileProblem;

export type BuildImportGraphOptions = {
  /** Leave out imports in `if TYPE_CHECKING:` bodies. */
  excludeTypeChecking?: boolean;
  /**
   * Threads that extract, this one included; 1 extracts in this thread
   * only. Default: one per CPU up to 8, but 1 on machines with 2 CPUs or
   * fewer, where starting workers costs more than they save (on 2 CPUs and
   * the 1,600-file Django + CPython-tests corpus: ~0.33-0.50 s in this
   * thread, ~0.40-0.48 s with one worker, ~0.53-0.57 s with two).
   */
  concurrency?: number;
  /** Extraction results by content (and whole trees), so that unchanged files are not extracted again. */
  cache?: ImportCache;
  /** Workers start only once more files than this need extracting. Default 200. */
  workerThreshold?: number;
  /** Modules each worker requires first, e.g. a TypeScript require hook (see `ExtractorPoolOptions`). */
  workerPreload?: string[];
};

export type BuildImportGraphResult = {
  graph: ImportGraph;
  /** Sorted by path and line. */
  problems: ImportGraphProblem[];
  /** Module files that could not be read or parsed whole: their imports may be missing. */
  unparsable: string[];
  stats: {
    /** Module files read. */
    files: number;
    /** Files whose imports came from the cache. */
    cacheHits: number;
    /** Worker threads that ran (0 when extraction ran in this thread only), and the batches they took. */
    workers: number;
    workerBatches: number;
    /** Why a worker failed to start or died, if one did. */
    workerError?: string;
  };
};

function comparePaths(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function defaultConcurrency(): number {
  const cpus = availableParallelism();
  return cpus > 2 ? Math.min(cpus, 8) : 1;
}

function syntaxMessage(path: string, message: string): string {
  return `Python syntax error: ${message}. Imports in the broken statement may be missing from the graph; fix the file (python3 -m py_compile ${path} shows the error).`;
}

/**
 * Builds the import graph of the Python modules of a tree: every module
 * that `discoverModules` finds (namespace packages included) and, for each
 * import, an edge with its path and line. Modules outside the tree are
 * external and keep their full dotted name. Syntax errors, relative imports
 * that leave the top-level package and unreadable files become problems;
 * the rest of each file is still used.
 */
export async function buildImportGraph(
  tree: SourceTree,
  options: BuildImportGraphOptions = {},
): Promise<BuildImportGraphResult> {
  const discovered = discoverModules(tree.files);
  const graph = new ImportGraph();
  const problems: ImportGraphProblem[] = [];
  for (const module of discovered.modules.keys()) graph.addModule(module);
  for (const module of discovered.namespacePackages) graph.addModule(module);
  for (const { path, module, keptPath } of discovered.shadowed) {
    problems.push({
      path,
      line: 1,
      message: `${path} is never imported: Python finds module ${module} in ${keptPath} first. Rename or remove one of them.`,
    });
  }

  const extraction = await extractTreeImports(
    tree,
    [...discovered.modules.values()],
    {
      workers: Math.max(0, (options.concurrency ?? defaultConcurrency()) - 1),
      workerThreshold: options.workerThreshold ?? 200,
      workerPreload: options.workerPreload,
      cache: options.cache,
    },
  );
  problems.push(...extraction.problems);
  const unparsable = new Set(extraction.problems.map(p => p.path));

  const index = {
    files: discovered.modules,
    namespacePackages: discovered.namespacePackages,
  };
  for (const [module, path] of discovered.modules) {
    const result = extraction.results.get(path);
    if (!result) continue;
    for (const problem of result.problems) {
      unparsable.add(path);
      problems.push({
        path,
        line: problem.line,
        message: syntaxMessage(path, problem.message),
      });
    }
    const isPackage = path === '__init__.py' || path.endsWith('/__init__.py');
    for (const raw of result.imports) {
      if (options.excludeTypeChecking && raw.typeCheckingOnly) continue;
      const resolved = resolveImport(index, module, isPackage, raw);
      if (!resolved.ok) {
        problems.push({ path, line: raw.line, message: resolved.message });
        continue;
      }
      for (const imported of resolved.modules) {
        graph.addImport(module, imported, {
          path,
          line: raw.line,
          typeCheckingOnly: raw.typeCheckingOnly,
        });
      }
    }
  }

  problems.sort((a, b) => comparePaths(a.path, b.path) || a.line - b.line);
  return {
    graph,
    problems,
    unparsable: [...unparsable].sort(comparePaths),
    stats: { files: discovered.modules.size, ...extraction.stats },
  };
}
