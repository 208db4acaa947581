import type { FitnessStatus } from '../score/FitnessResult';
import type { CheckReport } from './runCheck';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

function levelOf(status: FitnessStatus): 'error' | 'warning' | 'note' {
  if (status === 'fail' || status === 'error') return 'error';
  if (status === 'warn') return 'warning';
  return 'note';
}

/**
 * The report as SARIF 2.1.0: one rule per function, one result per
 * evidence item (ruleId = the function's id, the location = its path and
 * line, relative to the checked directory).
 */
export function toSarif(report: CheckReport, version: string): object {
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
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
          package: report.rootPackage,
          score: report.score.overall ?? null,
          level: report.score.level ?? null,
        },
      },
    ],
  };
}
