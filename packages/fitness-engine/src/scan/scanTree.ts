import type { SourceTree } from '@internal/source-tree';
import { evaluateFunction, resultOf } from '../functions/evaluateFunctions';
import type {
  ArchitectureStyle,
  CatalogFacts,
  FitnessContext,
  FitnessFunction,
} from '../functions/FitnessFunction';
import { buildImportGraph } from '../graph/buildImportGraph';
import type { ImportCache } from '../python/ImportCache';
import { topLevelPackages } from '../python/topLevelPackages';
import type { FitnessResult } from '../score/FitnessResult';
import { memoizeReads } from './memoizeReads';

export interface ScanTreeOptions {
  functions: readonly FitnessFunction[];
  style?: ArchitectureStyle;
  catalog?: CatalogFacts;
  /** See FitnessContext.repositoryWorkflows. */
  repositoryWorkflows?: SourceTree;
  now?: Date;
  cache?: ImportCache;
  /** The most a scan may take; the functions not done by then become errors. Default 60 s. */
  timeoutMs?: number;
}

export interface TreeScan {
  results: FitnessResult[];
  /** Limits that were hit and other things a reader of the results should know. */
  warnings: string[];
  rootPackage?: string;
}

const LIMIT_REASONS = new Set(['file-limit', 'total-size-limit', 'too-large']);

/**
 * Scans one service's tree: builds its import graph and runs every
 * function. It never throws for the tree's content: a function that fails
 * is an error result, and a scan that runs out of time ends with error
 * results for what was left.
 */
export async function scanTree(
  sourceTree: SourceTree,
  options: ScanTreeOptions,
): Promise<TreeScan> {
  const tree = memoizeReads(sourceTree);
  const timeoutMs = options.timeoutMs ?? 60_000;
  const deadline = Date.now() + timeoutMs;
  const warnings = tree.warnings
    .filter(w => LIMIT_REASONS.has(w.reason))
    .map(w => `limit reached: ${w.message}`);
  const packages = topLevelPackages(tree.files, 'service');
  const rootPackage = packages.length === 1 ? packages[0] : undefined;
  if (packages.length > 1) {
    warnings.push(
      `several top-level packages (${packages.join(
        ', ',
      )}); the package-level functions do not apply`,
    );
  }
  const { graph, problems } = await buildImportGraph(tree, {
    cache: options.cache,
  });
  if (problems.length > 0) {
    warnings.push(
      `${problems.length} file problem(s) while reading imports, the first: ${problems[0].path}:${problems[0].line} ${problems[0].message}`,
    );
  }
  const context: FitnessContext = {
    tree,
    graph,
    rootPackage,
    style: options.style,
    catalog: options.catalog,
    repositoryWorkflows: options.repositoryWorkflows,
    now: options.now ?? new Date(),
  };
  const results: FitnessResult[] = [];
  for (const fn of options.functions) {
    if (Date.now() > deadline) {
      results.push(
        resultOf(fn, {
          status: 'error',
          summary: `Not run: the scan passed its ${timeoutMs / 1000} s limit.`,
          evidence: [],
        }),
      );
      continue;
    }
    results.push(await evaluateFunction(fn, context));
  }
  if (Date.now() > deadline) {
    warnings.push(
      `limit reached: the scan took longer than ${timeoutMs / 1000} s`,
    );
  }
  return { results, warnings, rootPackage };
}
