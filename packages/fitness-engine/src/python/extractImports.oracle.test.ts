import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { extractImports, RawImport } from './extractImports';

/**
 * extractImports against CPython's own `ast`, file by file, on a large real
 * corpus: Debian's python3-django and libpython3.11-testsuite (whose bad-syntax
 * files exercise the error paths). One python3 process runs the committed
 * oracle over the whole corpus.
 */
const CORPUS = [
  {
    dir: '/usr/lib/python3/dist-packages/django',
    debianPackage: 'python3-django',
  },
  { dir: '/usr/lib/python3.11/test', debianPackage: 'libpython3.11-testsuite' },
];
const ORACLE = resolve(__dirname, '../../scripts/python_imports_oracle.py');

type OracleRecord =
  | { path: string; imports: RawImport[] }
  | { path: string; syntaxError: { line: number; message: string } };

const missing = CORPUS.filter(c => !existsSync(c.dir));
const installHint = `apt-get install -y ${missing
  .map(c => c.debianPackage)
  .join(' ')} (.ci/run installs them)`;
if (missing.length > 0 && !process.env.CI) {
  // eslint-disable-next-line no-console
  console.warn(
    `Skipping the CPython oracle test: ${missing
      .map(c => c.dir)
      .join(', ')} not found; ${installHint}`,
  );
}
const describeCorpus =
  missing.length > 0 && !process.env.CI ? describe.skip : describe;

describeCorpus('extractImports against CPython ast', () => {
  it('finds exactly the imports that ast finds in every file CPython can parse', async () => {
    if (missing.length > 0) {
      throw new Error(
        `The oracle corpus is missing (${missing
          .map(c => c.dir)
          .join(', ')}): ${installHint}`,
      );
    }
    const { stdout } = await promisify(execFile)(
      'python3',
      [ORACLE, ...CORPUS.map(c => c.dir)],
      {
        maxBuffer: 512 * 1024 * 1024,
      },
    );
    const records: OracleRecord[] = stdout
      .trim()
      .split('\n')
      .map(line => JSON.parse(line));

    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    const counts = {
      files: 0,
      imports: 0,
      syntaxErrorFiles: 0,
      notUtf8: 0,
      mismatches: 0,
    };
    const mismatches: unknown[] = [];
    const silentOnSyntaxErrors: string[] = [];
    for (const record of records) {
      let source: string;
      try {
        source = decoder.decode(readFileSync(record.path));
      } catch {
        // Source trees hand over UTF-8 text only; a file in another encoding never reaches the extractor.
        counts.notUtf8++;
        continue;
      }
      counts.files++;
      if ('syntaxError' in record) {
        // CPython gives no imports for a file it cannot parse, so there is no
        // oracle for what we extract from it. We only ask that the extractor
        // survives it and says something: a problem, or the imports it found.
        counts.syntaxErrorFiles++;
        const result = extractImports(source);
        if (result.problems.length + result.imports.length === 0) {
          silentOnSyntaxErrors.push(record.path);
        }
        continue;
      }
      counts.imports += record.imports.length;
      const result = extractImports(source);
      const equal =
        JSON.stringify(result.imports) === JSON.stringify(record.imports);
      if (!equal || result.problems.length > 0) {
        counts.mismatches++;
        if (mismatches.length < 10) {
          const at = result.imports.findIndex(
            (found, i) =>
              JSON.stringify(found) !== JSON.stringify(record.imports[i]),
          );
          mismatches.push({
            path: record.path,
            ours: result.imports[at],
            ast: record.imports[at],
            problems: result.problems,
          });
        }
      }
    }
    // eslint-disable-next-line no-console
    console.log(`CPython oracle corpus: ${JSON.stringify(counts)}`);
    expect(mismatches).toEqual([]);
    expect(silentOnSyntaxErrors).toEqual([]);
    expect(counts.files).toBeGreaterThan(1000);
    expect(counts.imports).toBeGreaterThan(5000);
  }, 300_000);
});
