import { readLocalSourceTree, SourceTree } from '@internal/source-tree';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  checkContracts,
  ContractsReport,
  IMPORT_LINTER_CONFIG_FILES,
  ImportLinterConfig,
  ImportLinterConfigError,
  parseImportLinterConfig,
} from '../contracts';
import { defaultFitnessFunctions } from '../functions/defaultFunctions';
import { evaluateFunction, resultOf } from '../functions/evaluateFunctions';
import type {
  ArchitectureStyle,
  FitnessContext,
  FitnessFunction,
  FitnessOutcome,
} from '../functions/FitnessFunction';
import {
  layerContractsConfig,
  layerContractsFunction,
  layerContractsOutcome,
} from '../functions/layerContracts';
import {
  buildImportGraph,
  BuildImportGraphResult,
} from '../graph/buildImportGraph';
import { FileImportCache } from '../python/FileImportCache';
import { memoizeReads } from '../scan/memoizeReads';
import type { FitnessResult } from '../score/FitnessResult';
import { FitnessScore, scoreResults } from '../score/scoreModel';
import { declaredStyle } from './declaredStyle';
import { EXIT_CODES } from './exitCodes';
import { FileInspectionCache } from './FileInspectionCache';
import { findRootPackage } from './findRootPackage';
import type { CheckArgs } from './parseCheckArgs';
import { repositoryWorkflows } from './repositoryWorkflows';
import { UsageError } from './UsageError';

/** Everything `fitness check` found, before it is printed. */
export interface CheckReport {
  dir: string;
  rootPackage: string;
  style: ArchitectureStyle;
  /** Where the contracts came from: a config file's path, or the style's defaults. */
  contractsSource?: string;
  /** Undefined when there were no contracts to check. */
  contracts?: ContractsReport;
  functions: Array<{ fn: FitnessFunction; result: FitnessResult }>;
  score: FitnessScore;
  graph: Pick<BuildImportGraphResult, 'problems' | 'stats'> & {
    modules: number;
  };
  exitCode: number;
}

export interface RunCheckOptions {
  /** Where relative paths in the arguments start. */
  cwd: string;
  /** Modules each extraction worker requires first (see BuildImportGraphOptions). */
  workerPreload?: string[];
}

const READ_NAMES =
  /\.(py|ya?ml|toml|cfg|ini|lock|txt|env|sh)$|^(Dockerfile|Containerfile)(\..+)?$|\.Dockerfile$|^\.env/;

/**
 * The files the CLI's functions look at: Python sources, configuration,
 * manifests, Dockerfiles and dependency files. The rest (data, translations,
 * images) is never read.
 */
function isRead(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return (
    READ_NAMES.test(name) ||
    (IMPORT_LINTER_CONFIG_FILES as readonly string[]).includes(path)
  );
}

async function readTree(
  dir: string,
  shown: string,
  cacheDir: string | undefined,
): Promise<SourceTree> {
  const isDir = await stat(dir).then(
    s => s.isDirectory(),
    () => false,
  );
  if (!isDir) throw new UsageError(`${shown} is not a directory`);
  const inspections = cacheDir
    ? await FileInspectionCache.load(cacheDir, dir)
    : undefined;
  const tree = await readLocalSourceTree(dir, {
    include: isRead,
    inspections,
  });
  if (inspections) {
    const present = new Set(tree.files.map(f => f.path));
    await inspections.save(path => present.has(path));
  }
  return memoizeReads(tree);
}

async function readConfigFile(path: string): Promise<ImportLinterConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(
      `--config ${path}: cannot read it (${(error as Error).message})`,
    );
  }
  try {
    const config = parseImportLinterConfig(text, path);
    if (!config) {
      throw new UsageError(
        `--config ${path}: no import-linter section ([importlinter] or [tool.importlinter])`,
      );
    }
    return config;
  } catch (error) {
    if (error instanceof ImportLinterConfigError) {
      throw new UsageError(`--config ${path}: ${error.message}`);
    }
    throw error;
  }
}

/** The layer contracts: checked once, for the report and for the function. */
async function checkLayers(
  context: FitnessContext,
  configFile: ImportLinterConfig | undefined,
): Promise<{
  outcome: FitnessOutcome;
  report?: ContractsReport;
  source?: string;
}> {
  let config = configFile;
  if (!config) {
    try {
      config = await layerContractsConfig(context);
    } catch (error) {
      if (error instanceof ImportLinterConfigError) {
        const outcome: FitnessOutcome = {
          status: 'error',
          summary: error.message,
          evidence: [],
        };
        return { outcome };
      }
      throw error;
    }
  }
  if (!config || config.contracts.length === 0) {
    const outcome: FitnessOutcome = {
      status: 'not-applicable',
      summary: 'No import-linter contracts to check.',
      evidence: [],
    };
    return { outcome };
  }
  const report = checkContracts(context.graph, config);
  return {
    outcome: layerContractsOutcome(config, report, context.style),
    report,
    source: config.path ?? `the default ${context.style} contracts`,
  };
}

/** The functions `--only` names (all by default); an unknown id is a usage error. */
function selectFunctions(only: string[] | undefined): FitnessFunction[] {
  const all = defaultFitnessFunctions();
  if (!only) return all;
  const unknown = only.filter(id => !all.some(fn => fn.id === id));
  if (unknown.length > 0) {
    throw new UsageError(
      `--only: no function ${unknown.join(', ')} (the functions: ${all
        .map(fn => fn.id)
        .join(', ')})`,
    );
  }
  return all.filter(fn => only.includes(fn.id));
}

/** Runs `fitness check`; throws UsageError for bad input. */
export async function runCheck(
  args: CheckArgs,
  options: RunCheckOptions,
): Promise<CheckReport> {
  const dir = resolve(options.cwd, args.dir);
  const cacheDir = args.cacheDir
    ? resolve(options.cwd, args.cacheDir)
    : undefined;
  if (cacheDir) await mkdir(cacheDir, { recursive: true });
  const tree = await readTree(dir, args.dir, cacheDir);
  const configFile = args.config
    ? await readConfigFile(resolve(options.cwd, args.config))
    : undefined;
  const rootPackage = findRootPackage(tree, args.dir, args.packageName);
  const style = args.style ?? (await declaredStyle(tree)) ?? 'clean';
  const cache = cacheDir ? await FileImportCache.create(cacheDir) : undefined;
  const built = await buildImportGraph(tree, {
    cache,
    workerPreload: options.workerPreload,
  });
  const context: FitnessContext = {
    tree,
    graph: built.graph,
    rootPackage,
    style,
    repositoryWorkflows: await repositoryWorkflows(dir),
    now: new Date(),
  };

  const selected = selectFunctions(args.only);
  const layers = selected.includes(layerContractsFunction)
    ? await checkLayers(context, configFile)
    : undefined;
  const functions: CheckReport['functions'] = [];
  for (const fn of selected) {
    functions.push({
      fn,
      result:
        fn === layerContractsFunction && layers
          ? resultOf(fn, layers.outcome)
          : await evaluateFunction(fn, context),
    });
  }
  const score = scoreResults(
    functions.map(f => f.result),
    [],
    context.now,
  );

  let exitCode: number = EXIT_CODES.ok;
  if (
    functions.some(
      f => f.result.status === 'fail' || f.result.status === 'error',
    )
  ) {
    exitCode = EXIT_CODES.failed;
  } else if (
    args.failUnder !== undefined &&
    (score.overall ?? 0) < args.failUnder
  ) {
    exitCode = EXIT_CODES.underThreshold;
  }

  return {
    dir: args.dir,
    rootPackage,
    style,
    contractsSource: layers?.source,
    contracts: layers?.report,
    functions,
    score,
    graph: {
      problems: built.problems,
      stats: built.stats,
      modules: [...built.graph.modules].filter(m => built.graph.isInternal(m))
        .length,
    },
    exitCode,
  };
}
