import type { FitnessStatus } from '@internal/plugin-fitness-common';
import type { CheckReport, CheckRun } from './runCheck';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

function levelOf(status: FitnessStatus): 'error' | 'warning' | 'note' {
  if (status === 'fail' || status === 'error') return 'error';
  if (status === 'warn') return 'warning';
  return 'note';
}

/**
 * A run as SARIF 2.1.0: one SARIF run per project (each member of a uv
 * workspace), one rule per function, one result per evidence item (ruleId =
 * the function's id, the location = its path and line, relative to the
 * checked directory), and each file not read as a tool notification. A
 * member that could not be checked is a run whose invocation failed.
 */
export function toSarif(run: CheckRun, version: string): object {
  const driver = { name: 'fitness', version };
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      ...run.reports.map(report => sarifRun(report, version)),
      ...run.failures.map(failure => ({
        tool: { driver },
        invocations: [
          {
            executionSuccessful: false,
            toolExecutionNotifications: [
              { level: 'error', message: { text: failure.error } },
            ],
          },
        ],
        results: [],
        properties: { dir: failure.dir },
      })),
    ],
  };
}

function sarifRun(report: CheckReport, version: string): object {
  return {
    tool: {
      driver: {
        name: 'fitness',
        version,
        rules: report.functions.map(({ fn }) => ({
          id: fn.id,
          name: fn.title,
          shortDescription: { text: fn.title },
          helpUri: fn.docsPath,
          properties: {
            category: fn.category,
            level: fn.level,
            weight: fn.weight,
          },
        })),
      },
    },
    invocations: [
      {
        executionSuccessful: true,
        toolExecutionNotifications: report.skipped.map(file => ({
          level: 'warning',
          message: { text: file.message },
          descriptor: { id: file.reason },
          locations: [
            { physicalLocation: { artifactLocation: { uri: file.path } } },
          ],
        })),
      },
    ],
    results: report.functions.flatMap(({ result }, ruleIndex) =>
      result.evidence.map(evidence => ({
        ruleId: result.functionId,
        ruleIndex,
        level: levelOf(result.status),
        message: { text: evidence.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: evidence.path },
              ...(evidence.line
                ? { region: { startLine: evidence.line } }
                : {}),
            },
          },
        ],
      })),
    ),
    properties: {
      dir: report.dir,
      package: report.rootPackages.join(', '),
      packages: report.rootPackages,
      score: report.score.overall ?? null,
      level: report.score.level ?? null,
    },
  };
}
