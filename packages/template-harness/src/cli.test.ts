import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const cli = resolve(__dirname, 'cli.ts');
const transform = require.resolve(
  '@backstage/cli-node/config/nodeTransform.cjs',
);

/** The command line, as scripts/template-harness.sh starts it. */
async function harness(...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [
      '--require',
      transform,
      cli,
      ...args,
    ]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as {
      code: number;
      stdout: string;
      stderr: string;
    };
    return { code, stdout, stderr };
  }
}

describe('the template-harness command line', () => {
  it('prints its usage and exits 64 without a command', async () => {
    const result = await harness();
    expect(result.code).toBe(64);
    expect(result.stderr).toMatch(/template-harness boot <repository>/);
  }, 60_000);

  it('fails the boot proof of a service whose CI runs a step outside the mapping, naming the step', async () => {
    const repository = mkdtempSync(join(tmpdir(), 'harness-cli-'));
    mkdirSync(join(repository, '.github/workflows'), { recursive: true });
    writeFileSync(
      join(repository, 'pyproject.toml'),
      '[project]\nname = "svc"\n',
    );
    writeFileSync(
      join(repository, '.github/workflows/ci.yml'),
      'on: push\njobs:\n  test:\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-python@v5\n        with: { python-version: "3.11" }\n      - run: make test\n',
    );
    const result = await harness('boot', repository);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /\[boot ci-mapping\] \.github\/workflows: `make test`: make is not in the proof's mapping, nor installed into the virtualenv by an earlier step/,
    );
  }, 120_000);
});
