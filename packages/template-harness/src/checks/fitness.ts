import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { CheckJson } from '@internal/fitness-engine';
import { Check } from '../HarnessFailure';

const run = promisify(execFile);
const cli = join(
  dirname(require.resolve('@internal/fitness-engine/package.json')),
  'bin/fitness',
);

/**
 * What the fitness CLI (the portal's scan pipeline) says of a folder; throws
 * when it says nothing readable.
 */
export async function fitnessReport(dir: string): Promise<CheckJson> {
  let stdout: string;
  try {
    ({ stdout } = await run(
      process.execPath,
      [cli, 'check', dir, '--format', 'json'],
      { maxBuffer: 64 * 1024 * 1024 },
    ));
  } catch (error) {
    stdout = String((error as { stdout?: string }).stdout ?? '');
    if (!stdout.startsWith('{')) throw error;
  }
  return JSON.parse(stdout);
}

/**
 * The fitness engine, run on the service's source as the portal runs it:
 * every contract kept, every function that needs no catalog passing, and
 * the score 100, gold.
 */
export const fitness: Check = async service => {
  let report: CheckJson;
  try {
    report = await fitnessReport(service.dir);
  } catch (error) {
    return [{ check: 'fitness', message: String(error) }];
  }
  const failures = report.functions
    .filter(f => !['pass', 'not-applicable'].includes(f.status))
    .flatMap(f =>
      (f.evidence.length ? f.evidence : [undefined]).map(e => ({
        check: `fitness ${f.id}`,
        file: e?.path,
        line: e?.line ?? undefined,
        message: `${f.status}: ${e?.message ?? f.summary}`,
      })),
    );
  if (
    failures.length === 0 &&
    (report.score.overall !== 100 || report.score.level !== 'gold')
  ) {
    failures.push({
      check: 'fitness',
      file: undefined,
      line: undefined,
      message: `scored ${report.score.overall} ${report.score.level}, not 100 gold`,
    });
  }
  return failures;
};
