import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { startScaffolderBackend } from './__testUtils__/scaffolderBackend';
import { Server } from './__testUtils__/testBackend';

// The scaffolder's working directory holds every task's workspace and every
// dry-run's uploaded content side by side; a dry-run must reach none but its
// own.
describe('dry-runs of the golden-path actions stay in their workspace', () => {
  let server: Server;
  let alice: string;
  let workingDirectory: string;
  const unformatted = 'import sys,os\nx=1\n';

  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'dry-run-'));
    workingDirectory = join(root, 'work');
    mkdirSync(join(workingDirectory, 'victim-task'), { recursive: true });
    writeFileSync(
      join(workingDirectory, 'victim-task', 'secret.txt'),
      'another task wrote this',
    );
    writeFileSync(
      join(workingDirectory, 'victim-task', 'pyproject.toml'),
      '[project]\nname = "victim"\n',
    );
    writeFileSync(join(workingDirectory, 'victim-task', 'app.py'), unformatted);
    ({ server, token: alice } = await startScaffolderBackend({
      repos: join(root, 'repos'),
      templates: [],
      user: 'alice',
      workingDirectory,
    }));
  }, 120_000);

  const dryRun = (
    steps: Array<{ action: string; input: Record<string, unknown> }>,
    files: Record<string, string> = {},
  ) =>
    request(server)
      .post('/api/scaffolder/v2/dry-run')
      .set('Authorization', alice)
      .send({
        template: {
          apiVersion: 'scaffolder.backstage.io/v1beta3',
          kind: 'Template',
          metadata: { name: 'attacker' },
          spec: {
            owner: 'group:default/platform',
            type: 'service',
            steps: steps.map((step, i) => ({ id: `step-${i}`, ...step })),
          },
        },
        values: {},
        directoryContents: Object.entries(files).map(([path, text]) => ({
          path,
          base64Content: Buffer.from(text).toString('base64'),
        })),
      });
  const victimFile = (name: string) =>
    readFileSync(join(workingDirectory, 'victim-task', name), 'utf8');

  it("refuses golden-path:fetch:shared of another task's workspace", async () => {
    const res = await dryRun([
      { action: 'golden-path:fetch:shared', input: { part: 'victim-task' } },
    ]);
    expect(JSON.stringify(res.body)).not.toContain(
      Buffer.from('another task wrote this').toString('base64'),
    );
    expect(JSON.stringify(res.body)).toMatch(
      /in a dry-run, golden-path:fetch:shared reads only the uploaded folder, which has no victim-task/,
    );
  });

  it('reads a shared part from the uploaded folder', async () => {
    const res = await dryRun(
      [{ action: 'golden-path:fetch:shared', input: { part: '_shared/part' } }],
      { 'template.yaml': 'x', '_shared/part/README.md': '# Shared' },
    );
    expect(res.status).toBe(200);
    expect(res.body.directoryContents).toEqual([
      expect.objectContaining({
        path: 'README.md',
        base64Content: Buffer.from('# Shared').toString('base64'),
      }),
    ]);
  });

  it.each(['../victim-task', '../../work/victim-task', '/tmp'])(
    'refuses golden-path:python:format of %s, and writes nothing there',
    async path => {
      const res = await dryRun([
        { action: 'golden-path:python:format', input: { path } },
      ]);
      expect(JSON.stringify(res.body)).toMatch(
        /golden-path:python:format formats only inside the workspace/,
      );
      expect(victimFile('app.py')).toBe(unformatted);
    },
  );

  it('writes nothing in a dry-run, and says what it would format', async () => {
    const res = await dryRun(
      [
        { action: 'golden-path:fetch:shared', input: { part: 'service' } },
        { action: 'golden-path:python:format', input: {} },
      ],
      {
        'template.yaml': 'x',
        'service/pyproject.toml': '[project]\nname = "s"\n',
        'service/app.py': unformatted,
      },
    );
    expect(res.status).toBe(200);
    const app = res.body.directoryContents.find(
      (f: { path: string }) => f.path === 'app.py',
    );
    expect(Buffer.from(app.base64Content, 'base64').toString()).toBe(
      unformatted,
    );
    expect(JSON.stringify(res.body.log)).toMatch(
      /Dry-run: would format 1 of 1 Python files \(app\.py\)/,
    );
  });
});
