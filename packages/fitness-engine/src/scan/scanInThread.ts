import type { SourceTree } from '@internal/source-tree';
import { declaredStyle } from './declaredStyle';
import type { ContractsReport, ImportLinterConfig } from '../contracts';
import { evaluateFunction, resultOf } from '../functions/evaluateFunctions';
import type { ArchitectureStyle } from '@internal/plugin-fitness-common';
import type {
  CatalogFacts,
  FitnessContext,
  FitnessFunction,
} from '../functions/FitnessFunction';
import {
  checkLayerContracts,
  layerContractsFunction,
} from '../functions/layerContracts';
import {
  buildImportGraph,
  BuildImportGraphResult,
} from '../graph/buildImportGraph';
import type { ImportCache } from '../python/ImportCache';
import { topLevelPackages } from '../python/topLevelPackages';
import type { FitnessResult } from '@internal/plugin-fitness-common';
import { readerWarnings, SkippedFile, unreadableModules } from './skippedFiles';

/** What a scan is asked to do, as data that can cross to a worker thread. */
export interface ScanRequest {
  /** From the entity's annotation; default: the tree's catalog-info.yaml's. */
  style?: ArchitectureStyle;
  /** The service's package; default: the tree's only top-level package. */
  rootPackage?: string;
  /** Contracts to check instead of the repository's (the CLI's --config). */
  importLinterConfig?: ImportLinterConfig;
  catalog?: CatalogFacts;
  /** The time of the scan, ISO 8601; default now. */
  now?: string;
}

/** What one scan found. */
export interface TreeScan {
  results: FitnessResult[];
  /** Limits that were hit and other things a reader of the results should know. */
  warnings: string[];
  /** Files the functions read that were left out, each with its reason (also one warning each). */
  skipped: SkippedFile[];
  rootPackage?: string;
  style?: ArchitectureStyle;
  /** The layer contracts' report, when layer-contracts ran and had contracts. */
  contracts?: ContractsReport;
  /** Where the contracts came from: a config file's path, or the style's defaults. */
  contractsSource?: string;
  graph?: Pick<BuildImportGraphResult, 'problems' | 'stats'> & {
    /** Internal modules. */
    modules: number;
  };
}

/** What a scan in progress tells whoever waits for it. */
export interface ScanProgress {
  /** A function started. */
  started?(functionId: string): void;
  /** A function gave its result. */
  result?(result: FitnessResult): void;
}

/**
 * Scans one service's tree in this thread: builds its import graph and runs
 * `functions`. It never throws for the tree's content: a function that fails
 * is an error result. It has no time limit of its own; {@link scanTree} runs
 * it in a worker that it stops at the limit.
 */
export async function scanInThread(
  tree: SourceTree,
  functions: readonly FitnessFunction[],
  request: ScanRequest & {
    repositoryWorkflows?: SourceTree;
    cache?: ImportCache;
    workerPreload?: string[];
  },
  progress: ScanProgress = {},
): Promise<TreeScan> {
  const { warnings, skipped } = readerWarnings(tree);
  let rootPackage = request.rootPackage;
  if (rootPackage === undefined) {
    const packages = topLevelPackages(tree.files, 'service');
    if (packages.length === 1) rootPackage = packages[0];
    if (packages.length > 1) {
      warnings.push(
        `several top-level packages (${packages.join(
          ', ',
        )}); the package-level functions do not apply`,
      );
    }
  }
  const style = request.style ?? (await declaredStyle(tree));
  const built = await buildImportGraph(tree, {
    cache: request.cache,
    workerPreload: request.workerPreload,
  });
  const { problems } = built;
  if (problems.length > 0) {
    warnings.push(
      `${problems.length} file problem(s) while reading imports, the first: ${problems[0].path}:${problems[0].line} ${problems[0].message}`,
    );
  }
  const unparsable: SkippedFile[] = built.unparsable.map(path => ({
    path,
    reason: 'syntax-error',
    message: `${path} could not be parsed whole`,
  }));
  const unreadable = unreadableModules(tree, [...skipped, ...unparsable]);
  // A module the reader skipped still exists; only its imports are unknown.
  for (const { module } of unreadable) built.graph.addModule(module);
  const context: FitnessContext = {
    tree,
    graph: built.graph,
    unreadableModules: unreadable,
    rootPackage,
    style,
    catalog: request.catalog,
    repositoryWorkflows: request.repositoryWorkflows,
    now: request.now ? new Date(request.now) : new Date(),
  };
  const scan: TreeScan = {
    results: [],
    warnings,
    skipped,
    rootPackage,
    style,
    graph: {
      problems,
      stats: built.stats,
      modules: [...built.graph.modules].filter(m => built.graph.isInternal(m))
        .length,
    },
  };
  for (const fn of functions) {
    progress.started?.(fn.id);
    let result: FitnessResult;
    if (fn.id === layerContractsFunction.id && fn.appliesTo(context)) {
      const layers = await checkLayerContracts(
        context,
        request.importLinterConfig,
      ).catch(error => ({
        outcome: {
          status: 'error' as const,
          summary: `${fn.id} failed: ${(error as Error).message}`,
          evidence: [],
        },
        report: undefined,
        source: undefined,
      }));
      result = resultOf(fn, layers.outcome);
      scan.contracts = layers.report;
      scan.contractsSource = layers.source;
    } else {
      result = await evaluateFunction(fn, context);
    }
    scan.results.push(result);
    progress.result?.(result);
  }
  return scan;
}
