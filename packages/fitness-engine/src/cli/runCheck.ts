import { readLocalSourceTree, SourceTree } from '@internal/source-tree';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  ContractsReport,
  findImportLinterConfig,
  ImportLinterConfig,
  ImportLinterConfigError,
  parseImportLinterConfig,
} from '../contracts';
import type { ArchitectureStyle } from '@internal/plugin-fitness-common';
import type { FitnessFunction } from '../functions/FitnessFunction';
import type { BuildImportGraphResult } from '../graph/buildImportGraph';
import { FunctionSet, loadFunctionSet } from '../scan/FunctionSet';
import { isReadByFunctions } from '../scan/readByFunctions';
import { scanTree } from '../scan/scanTree';
import type { SkippedFile } from '../scan/skippedFiles';
import type { FitnessResult } from '@internal/plugin-fitness-common';
import { FitnessScore, scoreResults } from '../score/scoreModel';
import { EXIT_CODES } from './exitCodes';
import { FileInspectionCache } from './FileInspectionCache';
import { findRootPackage } from './findRootPackage';
import type { CheckArgs } from './parseCheckArgs';
import { repositoryWorkflows } from './repositoryWorkflows';
import { UsageError } from './UsageError';
import { uvWorkspaceMembers } from './uvWorkspace';

/** Everything `fitness check` found in one project, before it is printed. */
export interface CheckReport {
  dir: string;
  /**
   * The root packages: --package when given, else import-linter's
   * root_package or root_packages, else the only top-level package.
   */
  rootPackages: string[];
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
  /** What the scan's reader and workers had to say (limits hit, files not read, a scan stopped). */
  warnings: string[];
  /** The files the functions read that were left out, with why. */
  skipped: SkippedFile[];
  exitCode: number;
}

/** One `fitness check`: a project, or each member of a uv workspace. */
export interface CheckRun {
  /** The members' folders, when the directory is a uv workspace's root. */
  workspace?: string[];
  reports: CheckReport[];
  /** Members that could not be checked at all, and why. */
  failures: Array<{ dir: string; error: string }>;
  exitCode: number;
}

export interface RunCheckOptions {
  /** Where relative paths in the arguments start. */
  cwd: string;
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
    include: isReadByFunctions,
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

/**
 * The root packages as import-linter reads them: the configuration's
 * root_package or root_packages (from --config, or the tree's own
 * configuration file); --package overrides them for the package-level
 * functions. Without either, the tree's only top-level package.
 */
async function rootPackagesOf(
  tree: SourceTree,
  args: CheckArgs,
  config: ImportLinterConfig | undefined,
): Promise<string[]> {
  if (args.packageName !== undefined) {
    return [findRootPackage(tree, args.dir, args.packageName)];
  }
  const configured = (
    config ?? (await findImportLinterConfig(tree).catch(() => undefined))
  )?.session.rootPackages;
  if (configured?.length) return configured;
  return [findRootPackage(tree, args.dir, undefined)];
}

/** Checks one project; throws UsageError for bad input. */
async function checkProject(
  tree: SourceTree,
  args: CheckArgs,
  cwd: string,
): Promise<CheckReport> {
  const cacheDir = args.cacheDir ? resolve(cwd, args.cacheDir) : undefined;
  const importLinterConfig = args.config
    ? await readConfigFile(resolve(cwd, args.config))
    : undefined;
  const rootPackages = await rootPackagesOf(tree, args, importLinterConfig);
  const { set, functions } = functionSet(args.only);
  const now = new Date();
  const scan = await scanTree(tree, {
    functions: set,
    style: args.style,
    // Several root packages: the package-level functions do not apply.
    rootPackage: rootPackages.length === 1 ? rootPackages[0] : undefined,
    importLinterConfig,
    repositoryWorkflows: await repositoryWorkflows(resolve(cwd, args.dir)),
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
    rootPackages,
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
    skipped: scan.skipped,
    exitCode,
  };
}

/** The run's exit code: a failure first, then a score under the threshold. */
function worstExitCode(codes: number[]): number {
  if (codes.includes(EXIT_CODES.failed)) return EXIT_CODES.failed;
  if (codes.includes(EXIT_CODES.underThreshold)) {
    return EXIT_CODES.underThreshold;
  }
  return EXIT_CODES.ok;
}

/**
 * Runs `fitness check`; throws UsageError for bad input. At a uv
 * workspace's root (without --package or --config, which name one
 * project), each member is checked on its own.
 */
export async function runCheck(
  args: CheckArgs,
  options: RunCheckOptions,
): Promise<CheckRun> {
  const dir = resolve(options.cwd, args.dir);
  const cacheDir = args.cacheDir
    ? resolve(options.cwd, args.cacheDir)
    : undefined;
  if (cacheDir) await mkdir(cacheDir, { recursive: true });
  const tree = await readTree(dir, args.dir, cacheDir);
  const members =
    args.packageName === undefined && args.config === undefined
      ? await uvWorkspaceMembers(tree)
      : undefined;
  if (!members) {
    const report = await checkProject(tree, args, options.cwd);
    return { reports: [report], failures: [], exitCode: report.exitCode };
  }
  const reports: CheckReport[] = [];
  const failures: CheckRun['failures'] = [];
  for (const member of members) {
    const memberArgs = { ...args, dir: join(args.dir, member) };
    try {
      const memberTree = await readTree(
        join(dir, member),
        memberArgs.dir,
        cacheDir,
      );
      reports.push(await checkProject(memberTree, memberArgs, options.cwd));
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      failures.push({ dir: memberArgs.dir, error: error.message });
    }
  }
  return {
    workspace: members,
    reports,
    failures,
    exitCode: worstExitCode([
      ...reports.map(r => r.exitCode),
      ...(failures.length ? [EXIT_CODES.failed] : []),
    ]),
  };
}
