import { eventually } from '@internal/backend-test-kit';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import {
  createServer,
  request as httpRequest,
  Server as HttpServer,
} from 'node:http';
import { createConnection } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '@internal/example-prometheus';
import { PortalProcess } from './__testUtils__/portalProcess';

const root = resolve(__dirname, '../../..');
const fixtures = resolve(__dirname, '__testUtils__/fixtures');

const component = `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: restart-probe
spec:
  type: service
  lifecycle: experimental
  owner: group:default/platform
  system: platform-enterprise-python
`;

/** Serves one catalog-info.yaml, the repository the test registers. */
async function serveRepository(): Promise<{ server: HttpServer; url: string }> {
  const server = createServer((req, res) => {
    if (req.url === '/svc/catalog-info.yaml') {
      res.writeHead(200, { 'content-type': 'text/yaml' }).end(component);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return { server, url: `http://localhost:${port}/svc/catalog-info.yaml` };
}

describe('a portal that is killed and restarted', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'portal-restart-'));
  let portal: PortalProcess;
  let repository: { server: HttpServer; url: string };

  beforeAll(async () => {
    repository = await serveRepository();
    const overlay = join(dataDir, 'test-overlay.yaml');
    writeFileSync(
      overlay,
      JSON.stringify({
        backend: {
          reading: { allow: [{ host: new URL(repository.url).host }] },
        },
        scaffolder: {
          taskTimeout: { seconds: 6 },
          taskTimeoutJanitorFrequency: { seconds: 2 },
        },
        catalog: {
          fileLocationRoots: [
            join(root, 'catalog-info.yaml'),
            join(root, 'examples'),
            fixtures,
          ],
          locations: [
            { type: 'file', target: join(root, 'catalog-info.yaml') },
            {
              type: 'file',
              target: join(root, 'examples/org.yaml'),
              rules: [{ allow: ['User', 'Group'] }],
            },
            {
              type: 'file',
              target: join(fixtures, 'slow-template.yaml'),
              rules: [{ allow: ['Template'] }],
            },
          ],
        },
      }),
    );
    portal = new PortalProcess(await freePort(), dataDir, [overlay]);
  });

  afterAll(async () => {
    await portal.kill();
    repository.server.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function signIn(user: string) {
    const res = await fetch(
      `${portal.baseUrl}/api/auth/example-users/refresh?env=development`,
      {
        method: 'POST',
        headers: {
          'X-Requested-With': 'XMLHttpRequest',
          'X-Example-User': user,
        },
      },
    );
    if (!res.ok) return undefined;
    return `Bearer ${(await res.json()).backstageIdentity.token}`;
  }

  async function api(path: string, auth?: string, init: RequestInit = {}) {
    return fetch(`${portal.baseUrl}/api${path}`, {
      ...init,
      headers: {
        'content-type': 'application/json',
        ...(auth ? { authorization: auth } : {}),
      },
    });
  }

  async function taskStatus(id: string, auth: string) {
    const res = await api(`/scaffolder/v2/tasks/${id}`, auth);
    return (await res.json()).status as string;
  }

  it('still has what was registered, and fails the task it was running', async () => {
    await portal.start();
    let alice: string | undefined;
    await eventually(
      'the example users',
      async () => !!(alice = await signIn('alice')),
      60_000,
    );
    let visitor: string | undefined;
    await eventually(
      'the visitor, who is in no group',
      async () => !!(visitor = await signIn('visitor')),
      60_000,
    );

    const register = (auth?: string) =>
      api('/catalog/locations', auth, {
        method: 'POST',
        body: JSON.stringify({ type: 'url', target: repository.url }),
      });
    expect((await register()).status).toBe(401);
    expect((await register(visitor)).status).toBe(403);
    expect((await register(alice)).status).toBe(201);
    await eventually(
      'the registered component',
      async () =>
        (
          await api(
            '/catalog/entities/by-name/component/default/restart-probe',
            alice,
          )
        ).ok,
      60_000,
    );

    await eventually(
      'the slow template',
      async () =>
        (
          await api(
            '/catalog/entities/by-name/template/default/slow-probe',
            alice,
          )
        ).ok,
      60_000,
    );
    const created = await api('/scaffolder/v2/tasks', alice, {
      method: 'POST',
      body: JSON.stringify({
        templateRef: 'template:default/slow-probe',
        values: {},
      }),
    });
    expect(created.status).toBe(201);
    const taskId = (await created.json()).id;
    await eventually(
      'the task to run',
      async () => (await taskStatus(taskId, alice!)) === 'processing',
    );

    await portal.kill();
    repository.server.close();

    await portal.start();
    alice = await signIn('alice');
    const entity = await api(
      '/catalog/entities/by-name/component/default/restart-probe',
      alice,
    );
    expect(entity.status).toBe(200);
    expect((await entity.json()).spec.owner).toBe('group:default/platform');

    await eventually(
      'the dead task to be marked failed',
      async () => (await taskStatus(taskId, alice!)) === 'failed',
      30_000,
    );
    const retried = await api(`/scaffolder/v2/tasks/${taskId}/retry`, alice, {
      method: 'POST',
      body: '{}',
    });
    expect(retried.status).toBe(201);
    await eventually(
      'the retried task to run again',
      async () => (await taskStatus(taskId, alice!)) === 'processing',
    );
  }, 300_000);

  it('listens on loopback only, and gives a rebound DNS name no token', async () => {
    // Runs on the portal the test above left running.
    expect(await reachFromNetwork(portal.port)).toMatch(
      /^(ECONNREFUSED|no network interface)$/,
    );
    await expect(connect('127.0.0.1', portal.port)).resolves.toBeUndefined();

    const rebound = await post(
      portal.port,
      '/api/auth/example-users/refresh?env=development',
      {
        host: `attacker.example:${portal.port}`,
        'x-requested-with': 'XMLHttpRequest',
        'x-example-user': 'grace',
      },
    );
    expect(rebound.status).toBe(403);
    expect(rebound.body).not.toMatch(/"token"/);
    const foreignPage = await post(
      portal.port,
      '/api/auth/example-users/refresh?env=development',
      {
        host: `localhost:${portal.port}`,
        origin: 'http://attacker.example',
        'x-requested-with': 'XMLHttpRequest',
        'x-example-user': 'grace',
      },
    );
    expect(foreignPage.status).toBe(403);
    expect(await signIn('grace')).toMatch(/^Bearer /);
  });
});

/** Connects to the port on this machine's first network (non-loopback) address. */
async function reachFromNetwork(port: number): Promise<string> {
  const network = Object.values(networkInterfaces())
    .flat()
    .find(a => a && a.family === 'IPv4' && !a.internal);
  if (!network) return 'no network interface';
  return connect(network.address, port).then(
    () => 'connected',
    (error: NodeJS.ErrnoException) => error.code ?? error.message,
  );
}

/** Opens and closes a TCP connection; rejects with the socket's error. */
function connect(host: string, port: number): Promise<void> {
  return new Promise((done, fail) => {
    const socket = createConnection({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      done();
    });
    socket.once('error', fail);
  });
}

/** A POST with headers fetch would not send (Host). */
function post(
  port: number,
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path, method: 'POST', headers },
      res => {
        let body = '';
        res.on('data', d => (body += d));
        res.on('end', () => done({ status: res.statusCode ?? 0, body }));
      },
    );
    req.once('error', fail);
    req.end();
  });
}
