import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { main } from './main';

const EXAMPLES = resolve(__dirname, '../../../../examples/services');

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd: EXAMPLES,
    stdout: text => {
      stdout += text;
    },
    stderr: text => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

describe('fitness check', () => {
  it('finds platform-api breaking its layers: exit 1, with file:line', async () => {
    const { code, stdout, stderr } = await run('check', 'platform-api');
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout).toContain('Service layers BROKEN');
    expect(stdout).toContain(
      '- platform_api.domain.route -> platform_api.infrastructure.upstream_client (l.6)',
    );
    expect(stdout).toContain('Contracts: 0 kept, 1 broken.');
    expect(stdout).toContain('src/platform_api/domain/route.py:6');
    expect(stdout).toMatch(/^layer-contracts +FAIL +Contracts/m);
    expect(stdout).toMatch(/^Score: \d+\.\d \(.+\)$/m);
  });

  // platform-user's architecture is clean, whatever the state of its image.
  const ARCHITECTURE = 'layer-contracts,domain-purity,import-cycles';

  it('finds platform-user clean: exit 0', async () => {
    const { code, stdout } = await run(
      'check',
      'platform-user',
      '--only',
      ARCHITECTURE,
    );
    expect(code).toBe(0);
    expect(stdout).toContain('Contracts: 1 kept, 0 broken.');
    expect(stdout).toMatch(/^import-cycles +PASS/m);
    expect(stdout).toContain('Score: 100.0 (');
  });

  it('exits 2 when the score is under --fail-under', async () => {
    const { code, stdout } = await run(
      'check',
      'platform-user',
      '--only',
      ARCHITECTURE,
      '--fail-under',
      '101',
    );
    expect(code).toBe(2);
    expect(stdout).toContain('Score is under --fail-under 101.');
  });

  it("reads a monorepo service's CI from the workflows at the repository's root", async () => {
    const repo = mkdtempSync(join(tmpdir(), 'monorepo-'));
    const files: Record<string, string> = {
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.github/workflows/ci.yml':
        'jobs:\n  t:\n    steps:\n      - run: uv run pytest\n      - run: uv run lint-imports\n',
      'services/svc/src/svc/__init__.py': '',
    };
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(repo, path)), { recursive: true });
      writeFileSync(join(repo, path), content);
    }
    const { stdout } = await run(
      'check',
      join(repo, 'services/svc'),
      '--only',
      'ci-workflow',
      '--format',
      'json',
    );
    expect(JSON.parse(stdout).functions).toEqual([
      expect.objectContaining({
        id: 'ci-workflow',
        status: 'pass',
        evidence: [
          expect.objectContaining({
            path: '(repository root)/.github/workflows/ci.yml',
            line: 4,
          }),
          expect.objectContaining({ line: 5 }),
        ],
      }),
    ]);
  });

  it.each(['clean', 'hexagonal-cqrs', 'modular-monolith', 'platform-monorepo'])(
    'takes --style %s, every style a service can declare',
    async style => {
      const { code, stderr } = await run(
        'check',
        'platform-user',
        '--only',
        'import-cycles',
        '--style',
        style,
      );
      expect(stderr).toBe('');
      expect(code).toBe(0);
    },
  );

  it('exits 64 on a missing directory', async () => {
    const { code, stdout, stderr } = await run('check', 'no-such-service');
    expect(code).toBe(64);
    expect(stdout).toBe('');
    expect(stderr).toContain('fitness: no-such-service is not a directory');
    expect(stderr).toContain('Usage: fitness check <dir>');
  });

  it('exits 64 on an unknown option', async () => {
    const { code, stderr } = await run('check', 'platform-user', '--bogus');
    expect(code).toBe(64);
    expect(stderr).toContain("Unknown option '--bogus'");
  });

  it('exits 64 on a bad --format or a missing --config', async () => {
    expect((await run('check', 'platform-user', '--format', 'xml')).code).toBe(
      64,
    );
    const missing = await run('check', 'platform-user', '--config', 'nope.ini');
    expect(missing.code).toBe(64);
    expect(missing.stderr).toContain('--config');
  });

  it('writes SARIF 2.1.0, one result per evidence item', async () => {
    const { code, stdout } = await run(
      'check',
      'platform-api',
      '--format',
      'sarif',
    );
    expect(code).toBe(1);
    const sarif = JSON.parse(stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].tool.driver.name).toBe('fitness');
    expect(sarif.runs[0].results).toContainEqual(
      expect.objectContaining({
        ruleId: 'layer-contracts',
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'src/platform_api/domain/route.py' },
              region: { startLine: 6 },
            },
          },
        ],
      }),
    );
  });

  it('writes the documented JSON', async () => {
    const { stdout } = await run('check', 'platform-api', '--format', 'json');
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({
      version: 1,
      package: 'platform_api',
      style: 'clean',
      exitCode: 1,
      contracts: { kept: 0, broken: 1, errors: 0 },
    });
    expect(json.functions.map((f: { id: string }) => f.id)).toEqual([
      'layer-contracts',
      'domain-purity',
      'import-cycles',
      'modular-boundaries',
      'ports-have-adapters',
      'tests-per-layer',
      'health-probes',
      'dockerfile',
      'image-imports-app',
      'non-root-numeric-user',
      'ci-workflow',
      'structured-logging',
      'pinned-dependencies',
      'slos-defined',
      'slo-metrics-produced',
      'hardcoded-secrets',
      'owner-is-group',
      'system-is-set',
      'techdocs',
      'adrs-recorded',
      'runbook-covers-alerts',
      'template-currency',
    ]);
    expect(json.contracts.checks[0].violations).toContainEqual({
      importer: 'platform_api.domain',
      imported: 'platform_api.infrastructure',
      chain: [
        {
          importer: 'platform_api.domain.route',
          imported: 'platform_api.infrastructure.upstream_client',
          path: 'src/platform_api/domain/route.py',
          lines: [6],
        },
      ],
    });
  });
});
