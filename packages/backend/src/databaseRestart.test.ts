import { eventually } from '@internal/backend-test-kit';
import { freePort } from '@internal/example-prometheus';
import {
  PrivatePostgres,
  startPrivatePostgres,
} from '@internal/template-harness';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PortalProcess } from './__testUtils__/portalProcess';

const root = resolve(__dirname, '../../..');

// The portal on a PostgreSQL cluster of the test's own (never the machine's
// shared one), which the test stops and starts again under it.
describe('a portal whose PostgreSQL restarts', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'portal-db-restart-'));
  let postgres: PrivatePostgres;
  let portal: PortalProcess;

  beforeAll(async () => {
    // The cluster runs as the postgres user, who must reach its folder.
    chmodSync(dataDir, 0o755);
    postgres = await startPrivatePostgres(dataDir);
    const overlay = join(dataDir, 'postgres-overlay.yaml');
    writeFileSync(
      overlay,
      JSON.stringify({
        backend: {
          database: {
            client: 'pg',
            connection: {
              host: '127.0.0.1',
              port: postgres.port,
              user: 'postgres',
            },
          },
        },
        catalog: {
          locations: [
            {
              type: 'file',
              target: join(root, 'examples/org.yaml'),
              rules: [{ allow: ['User', 'Group'] }],
            },
          ],
        },
      }),
    );
    portal = new PortalProcess(await freePort(), dataDir, [overlay]);
    await portal.start();
  }, 300_000);

  afterAll(async () => {
    await portal?.kill();
    await postgres?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const readiness = async () => {
    const res = await fetch(`${portal.baseUrl}/.backstage/health/v1/readiness`);
    return { status: res.status, body: await res.json() };
  };

  async function signIn() {
    const res = await fetch(
      `${portal.baseUrl}/api/auth/example-users/refresh?env=development`,
      {
        method: 'POST',
        headers: {
          'X-Requested-With': 'XMLHttpRequest',
          'X-Example-User': 'alice',
        },
      },
    );
    return res.ok
      ? `Bearer ${(await res.json()).backstageIdentity.token}`
      : undefined;
  }

  it('says "not ready" while the database is away and serves again once it is back, without a restart', async () => {
    let token: string | undefined;
    await eventually(
      'the example users',
      async () => !!(token = await signIn()),
      60_000,
    );
    const groups = () =>
      fetch(`${portal.baseUrl}/api/catalog/entities?filter=kind=group`, {
        headers: { authorization: token! },
      });
    expect((await readiness()).status).toBe(200);
    expect((await groups()).status).toBe(200);

    await postgres.pause();
    await eventually(
      'readiness to say the database is away',
      async () => (await readiness()).status === 503,
      60_000,
    );
    expect((await readiness()).body.message).toMatch(
      /database does not answer/,
    );

    // How fast it recovers is bench/ work; here: that it does, by itself.
    await postgres.resume();
    await eventually(
      'readiness once the database is back',
      async () => (await readiness()).status === 200,
      60_000,
    );
    await eventually(
      'the catalog to answer again',
      async () => (await groups()).status === 200,
      60_000,
    );
  }, 300_000);
});
