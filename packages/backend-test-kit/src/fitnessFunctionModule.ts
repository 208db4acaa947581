import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One fitness function of a test module; `evaluate` is JavaScript source. */
export type TestFitnessFunction = {
  id: string;
  title?: string;
  level?: 'bronze' | 'silver' | 'gold';
  category?: string;
  /** An async function's source, e.g. `async ({ tree }) => ({ status: 'pass', summary: '', evidence: [] })`. */
  evaluate: string;
};

/**
 * Writes a CommonJS module that exports `fitnessFunctions`, as a company's
 * module would, and returns its absolute path: scans load functions by
 * module path in their worker threads.
 */
export function fitnessFunctionModule(
  functions: TestFitnessFunction[],
): string {
  const path = join(
    mkdtempSync(join(tmpdir(), 'fitness-functions-')),
    'functions.js',
  );
  const entries = functions.map(
    fn => `{
  id: ${JSON.stringify(fn.id)},
  title: ${JSON.stringify(fn.title ?? fn.id)},
  category: ${JSON.stringify(fn.category ?? 'architecture')},
  level: ${JSON.stringify(fn.level ?? 'bronze')},
  weight: 1,
  docsPath: 'docs/fitness/index.md',
  appliesTo: () => true,
  evaluate: ${fn.evaluate},
}`,
  );
  writeFileSync(
    path,
    `const fs = require('node:fs');\nexports.fitnessFunctions = [\n${entries.join(
      ',\n',
    )}\n];\n`,
  );
  return path;
}
