import { ContractCheckError } from './ContractCheck';
import type { ContractGraph } from './ContractGraph';
import type { AlertLevel, ImportExpression } from './types';

export interface ImportRemoval {
  graph: ContractGraph;
  warnings: string[];
  ignoredImportCount: number;
}

/**
 * Removes the direct imports that `ignore_imports` matches, as import-linter
 * does before checking a contract (`docs/contract_types/index.md`, "Options
 * used by multiple contracts"). An expression that matches no import is an
 * error (the default), a warning, or nothing, per
 * `unmatched_ignore_imports_alerting`.
 */
export function removeIgnoredImports(
  graph: ContractGraph,
  expressions: readonly ImportExpression[],
  alerting: AlertLevel,
): ImportRemoval {
  const toRemove = new Map<string, readonly [string, string]>();
  const unmatched: string[] = [];
  for (const expression of expressions) {
    const matches = graph.matchingImports(expression);
    const text = `${expression.importer} -> ${expression.imported}`;
    if (matches.length === 0 && !unmatched.includes(text)) {
      unmatched.push(text);
    }
    for (const pair of matches) {
      toRemove.set(pair.join(' '), pair);
    }
  }
  const messages = unmatched.map(
    text => `No matches for ignored import ${text}.`,
  );
  if (messages.length > 0 && alerting === 'error') {
    throw new ContractCheckError(
      `${messages.join(
        '\n',
      )}\nRemove the expression from ignore_imports, or set ` +
        'unmatched_ignore_imports_alerting to warn or none.',
    );
  }
  return {
    graph: toRemove.size > 0 ? graph.withoutImports(toRemove.values()) : graph,
    warnings: alerting === 'warn' ? messages : [],
    ignoredImportCount: toRemove.size,
  };
}
