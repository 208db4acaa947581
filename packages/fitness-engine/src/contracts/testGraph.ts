import { ImportGraph } from '../graph/ImportGraph';
import { checkContracts } from './checkContracts';
import type { ContractCheck, ContractsReport } from './ContractCheck';
import { formatContractsReport } from './formatContractsReport';
import { parseImportLinterConfig } from './parseImportLinterConfig';

/** `[importer, imported, line]`, or with `true` last for an import under `if TYPE_CHECKING:`. */
export type TestImport =
  | [importer: string, imported: string, line: number]
  | [
      importer: string,
      imported: string,
      line: number,
      typeCheckingOnly: boolean,
    ];

/** The file a test module lives in: `mypackage.low.one` → `src/mypackage/low/one.py`. */
export function pathOf(module: string): string {
  return `src/${module.replace(/\./g, '/')}.py`;
}

/** An import graph for tests: the modules, and imports with their lines. */
export function testGraph(
  modules: readonly string[],
  imports: readonly TestImport[],
): ImportGraph {
  const graph = new ImportGraph();
  modules.forEach(module => graph.addModule(module));
  for (const [importer, imported, line, typeCheckingOnly = false] of imports) {
    graph.addImport(importer, imported, {
      path: pathOf(importer),
      line,
      typeCheckingOnly,
    });
  }
  return graph;
}

/** Checks the contracts of an INI configuration (as `.importlinter`) on a graph. */
export function checkIni(graph: ImportGraph, ini: string): ContractsReport {
  const config = parseImportLinterConfig(ini, '.importlinter');
  if (!config) {
    throw new Error('the test configuration has no [importlinter] section');
  }
  return checkContracts(graph, config);
}

/** The single contract check of an INI configuration. */
export function checkOne(graph: ImportGraph, ini: string): ContractCheck {
  const report = checkIni(graph, ini);
  if (report.checks.length !== 1) {
    throw new Error(`expected one contract, found ${report.checks.length}`);
  }
  return report.checks[0];
}

/** The details printed under a broken contract's heading, as import-linter prints them. */
export function brokenDetails(graph: ImportGraph, ini: string): string {
  const lines = formatContractsReport(checkIni(graph, ini)).split('\n');
  const heading = lines.indexOf('Broken contracts');
  if (heading < 0) {
    throw new Error(`no broken contract in:\n${lines.join('\n')}`);
  }
  // Skip the heading's underline and blank line, then the contract's name, underline, blank line.
  const end = lines.findIndex(line => line.startsWith('Contracts: '));
  return lines
    .slice(heading + 6, end)
    .join('\n')
    .trimEnd();
}
