import { readLocalSourceTree, SourceTree } from '@internal/source-tree';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  ContractsReport,
  IMPORT_LINTER_CONFIG_FILES,
  ImportLinterConfig,
  ImportLinterConfigError,
  parseImportLinterConfig,
} from '../contracts';
import type {
  ArchitectureStyle,
  FitnessFunction,
} from '../functions/FitnessFunction';
import type { BuildImportGraphResult } from '../graph/buildImportGraph';
import { FunctionSet, loadFunctionSet } from '../scan/FunctionSet';
import { scanTree } from '../scan/scanTree';
import type { FitnessResult } from '../score/FitnessResult';
import { FitnessScore, scoreResults } from '../score/scoreModel';
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
  /** The declared or requested style; undefined when neither names one. */
  style?: ArchitectureStyle;
  /** Where the contracts came from: a config file's path, or the style's defaults. */
  contractsSource?: string;
  /** Undefined when there were no contracts to check. */
  contracts?: ContractsReport;
  functions: Array<{ fn: FitnessFunction; result: FitnessResult }>;
  score: FitnessScore;
  graph: Pick<BuildImportGraphResult, 'problems' | 'stats'> & {
    modules: number;
  };
  /** What the scan's reader and workers had to say (limits hit, a scan stopped). */
  warnings: string[];
  exitCode: number;
}

export interface RunCheckOptions {
  /** Where relative paths in the arguments start. */
  cwd: string;
}

const READ_NAMES =
  /\.(py|ya?ml|toml|cfg|ini|lock|txt|env|sh|json)$|^(Dockerfile|Containerfile)(\..+)?$|\.Dockerfile$|^\.env|^(GNUmakefile|[Mm]akefile)$/;

/**
 * The files the functions look at: Python sources, configuration,
 * manifests, Dockerfiles, Makefiles, scripts and dependency files (the portal reads every file,
 * but its functions look at no other). The rest (data, translations,
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
  return tree;
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

/** The functions `--only` names (all by default); an unknown id is a usage error. */
function functionSet(only: string[] | undefined): {
  set: FunctionSet;
  functions: FitnessFunction[];
} {
  const set: FunctionSet = { only };
  try {
    return { set, functions: loadFunctionSet(set) };
  } catch (error) {
    throw new UsageError(`--only: ${(error as Error).message}`);
  }
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
  const importLinterConfig = args.config
    ? await readConfigFile(resolve(options.cwd, args.config))
    : undefined;
  const rootPackage = findRootPackage(tree, args.dir, args.packageName);
  const { set, functions } = functionSet(args.only);
  const now = new Date();
  const scan = await scanTree(tree, {
    functions: set,
    style: args.style,
    rootPackage,
    importLinterConfig,
    repositoryWorkflows: await repositoryWorkflows(dir),
    now: now.toISOString(),
    cacheDir,
  });
  const results = new Map(scan.results.map(r => [r.functionId, r]));
  const checked = functions.map(fn => ({ fn, result: results.get(fn.id)! }));
  const score = scoreResults(scan.results, [], now);

  let exitCode: number = EXIT_CODES.ok;
  if (
    checked.some(f => f.result.status === 'fail' || f.result.status === 'error')
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
    style: scan.style,
    contractsSource: scan.contractsSource,
    contracts: scan.contracts,
    functions: checked,
    score,
    graph: scan.graph ?? {
      problems: [],
      stats: { files: 0, cacheHits: 0, workers: 0, workerBatches: 0 },
      modules: 0,
    },
    warnings: scan.warnings,
    exitCode,
  };
}
