import type { ImportChain } from '../contracts';
import type { SkippedFile } from '../scan/skippedFiles';
import type { CheckReport, CheckRun } from './runCheck';

/**
 * The stable JSON shape of `fitness check --format json` (version 1,
 * documented in docs/fitness/cli.md). Fields are only ever added.
 */
export interface CheckJson {
  version: 1;
  dir: string;
  /** The root packages, comma-separated. */
  package: string;
  /** The root packages: --package, else import-linter's root_package(s), else the only one. */
  packages: string[];
  /** Absent when the tree declares no style and --style names none. */
  style?: string;
  exitCode: number;
  score: {
    overall: number | null;
    level: string | null;
    categories: Record<string, number>;
  };
  contracts: {
    source: string;
    kept: number;
    broken: number;
    errors: number;
    checks: Array<{
      name: string;
      type: string;
      status: string;
      error: string | null;
      warnings: string[];
      violations: Array<{
        importer: string;
        imported: string;
        chain: Array<{
          importer: string;
          imported: string;
          path: string | null;
          lines: number[];
        }>;
      }>;
    }>;
  } | null;
  functions: Array<{
    id: string;
    title: string;
    category: string;
    level: string;
    weight: number;
    status: string;
    summary: string;
    docsPath: string;
    evidence: Array<{ path: string; line: number | null; message: string }>;
  }>;
  graph: {
    files: number;
    modules: number;
    cacheHits: number;
    problems: Array<{ path: string; line: number; message: string }>;
  };
  /** Limits the scan hit, files not read, the time limit: in words. */
  warnings: string[];
  /** Each file the functions read that was left out, with its reason. */
  skipped: SkippedFile[];
}

/** `fitness check` at a uv workspace's root: one report per member. */
export interface WorkspaceJson {
  version: 1;
  workspace: string;
  exitCode: number;
  members: CheckJson[];
  /** Members that could not be checked at all. */
  failures: Array<{ dir: string; error: string }>;
}

function chainJson(chain: ImportChain | undefined) {
  return (chain?.links ?? []).map(link => ({
    importer: link.importer,
    imported: link.imported,
    path: link.sites[0]?.path ?? null,
    lines: link.lineNumbers,
  }));
}

/** The report as the documented JSON object. */
export function toCheckJson(report: CheckReport): CheckJson {
  const { contracts } = report;
  return {
    version: 1,
    dir: report.dir,
    package: report.rootPackages.join(', '),
    packages: report.rootPackages,
    style: report.style,
    exitCode: report.exitCode,
    score: {
      overall: report.score.overall ?? null,
      level: report.score.level ?? null,
      categories: report.score.categories as Record<string, number>,
    },
    contracts: contracts
      ? {
          source: report.contractsSource ?? '',
          kept: contracts.keptCount,
          broken: contracts.brokenCount,
          errors: contracts.errorCount,
          checks: contracts.checks.map(check => ({
            name: check.contract.name,
            type: check.contract.type,
            status: check.status,
            error: check.error ?? null,
            warnings: check.warnings,
            violations: check.violations.map(v => ({
              importer: v.importer,
              imported: v.imported,
              chain: chainJson(v.chains[0]),
            })),
          })),
        }
      : null,
    functions: report.functions.map(({ fn, result }) => ({
      id: result.functionId,
      title: fn.title,
      category: result.category,
      level: result.level,
      weight: result.weight,
      status: result.status,
      summary: result.summary,
      docsPath: result.docsPath,
      evidence: result.evidence.map(e => ({
        path: e.path,
        line: e.line ?? null,
        message: e.message,
      })),
    })),
    graph: {
      files: report.graph.stats.files,
      modules: report.graph.modules,
      cacheHits: report.graph.stats.cacheHits,
      problems: report.graph.problems.map(p => ({
        path: p.path,
        line: p.line,
        message: p.message,
      })),
    },
    warnings: report.warnings,
    skipped: report.skipped,
  };
}

/** A run as JSON: the project's object, or a workspace's. */
export function toRunJson(
  dir: string,
  run: CheckRun,
): CheckJson | WorkspaceJson {
  if (!run.workspace) return toCheckJson(run.reports[0]);
  return {
    version: 1,
    workspace: dir,
    exitCode: run.exitCode,
    members: run.reports.map(toCheckJson),
    failures: run.failures,
  };
}
