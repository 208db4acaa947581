import { formatContractsReport } from '../contracts';
import type { CheckReport, CheckRun } from './runCheck';

function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map(r => r[i].length)));
  return rows.map(row =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i])))
      .join('  '),
  );
}

/**
 * The report as text, like import-linter's: the contracts report, the
 * functions (id, status, summary) with their evidence, and the score.
 */
export function formatText(report: CheckReport): string {
  const out: string[] = [];
  out.push(
    `Package: ${report.rootPackages.join(', ')} (${
      report.style ?? 'no architecture style declared'
    }), ${report.graph.stats.files} files, ${report.graph.modules} modules`,
  );
  out.push(
    report.contractsSource
      ? `Contracts from: ${report.contractsSource}`
      : 'Contracts from: none',
  );
  out.push('');
  if (report.contracts) {
    out.push(formatContractsReport(report.contracts).trimEnd(), '');
  }

  out.push(
    ...table([
      ['Function', 'Status', 'Summary'],
      ...report.functions.map(({ result }) => [
        result.functionId,
        result.status.toUpperCase(),
        result.summary,
      ]),
    ]),
  );
  for (const { result } of report.functions) {
    if (result.evidence.length === 0) continue;
    out.push('', `${result.functionId} (${result.docsPath}):`);
    for (const e of result.evidence) {
      out.push(`- ${e.path}${e.line ? `:${e.line}` : ''} ${e.message}`);
    }
  }
  out.push('');

  const { overall, level } = report.score;
  out.push(
    overall === undefined
      ? 'Score: none (no function applies)'
      : `Score: ${overall.toFixed(1)} (${level ?? 'below bronze'})`,
  );
  if (report.graph.problems.length > 0) {
    out.push(
      '',
      `${report.graph.problems.length} import graph warnings (see --format json):`,
    );
    for (const p of report.graph.problems.slice(0, 10)) {
      out.push(`- ${p.path}:${p.line} ${p.message}`);
    }
  }
  if (report.warnings.length > 0) {
    out.push('', 'Warnings:', ...report.warnings.map(w => `- ${w}`));
  }
  return `${out.join('\n')}\n`;
}

/** A run as text: the project's report, or each member's under its folder. */
export function formatRunText(run: CheckRun): string {
  if (!run.workspace) return formatText(run.reports[0]);
  const parts = [
    `uv workspace: ${run.workspace.length} member(s): ${run.workspace.join(
      ', ',
    )}\n`,
    ...run.reports.map(
      report => `\n== ${report.dir} ==\n${formatText(report)}`,
    ),
    ...run.failures.map(
      failure =>
        `\n== ${failure.dir} ==\nCould not be checked: ${failure.error}\n`,
    ),
  ];
  return parts.join('');
}
