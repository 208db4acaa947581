import { execFileSync, spawn } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserEntity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { http as mock, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { GithubPublisher } from '../git/GithubPublisher';
import { createPublishAction } from './publish';
import { LocalGitRepositories } from '@internal/plugin-golden-path-node';

// The repository's git remote: git http-backend (smart HTTP) as a CGI, so
// publish:github pushes with real git over HTTP.
function gitServer(root: string) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url!, 'http://localhost');
    const cgi = spawn('git', ['http-backend'], {
      env: {
        ...process.env,
        GIT_PROJECT_ROOT: root,
        GIT_HTTP_EXPORT_ALL: '1',
        REMOTE_USER: 'x-access-token',
        REQUEST_METHOD: req.method,
        PATH_INFO: url.pathname,
        QUERY_STRING: url.search.slice(1),
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        HTTP_CONTENT_ENCODING: req.headers['content-encoding'] ?? '',
      },
    });
    req.pipe(cgi.stdin);
    const chunks: Buffer[] = [];
    cgi.stdout.on('data', chunk => chunks.push(chunk));
    cgi.on('close', () => {
      const output = Buffer.concat(chunks);
      const split = output.indexOf('\r\n\r\n');
      const headers = output.subarray(0, split).toString().split('\r\n');
      let status = 200;
      for (const header of headers) {
        const [name, value] = header.split(/:\s*/, 2);
        if (name.toLowerCase() === 'status') status = Number(value.slice(0, 3));
        else res.setHeader(name, value);
      }
      res.writeHead(status);
      res.end(output.subarray(split + 4));
    });
  });
  return new Promise<{ url: string; close: () => void }>(resolve =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        close: () => server.close(),
      }),
    ),
  );
}

const github = setupServer();
beforeAll(() =>
  github.listen({
    onUnhandledRequest: (req, print) => {
      if (new URL(req.url).hostname !== '127.0.0.1') print.error();
    },
  }),
);
afterEach(() => github.resetHandlers());
afterAll(() => github.close());

const alice: UserEntity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name: 'alice' },
  spec: {
    profile: { displayName: 'Alice Moreau', email: 'alice@example.com' },
    memberOf: [],
  },
};

describe('golden-path:publish, with goldenPath.publish.target github', () => {
  let remotes: string;
  let git: { url: string; close: () => void };
  const calls: string[] = [];

  beforeAll(async () => {
    remotes = mkdtempSync(join(tmpdir(), 'remotes-'));
    git = await gitServer(remotes);
  });
  afterAll(() => git.close());

  function fakeGithub() {
    calls.length = 0;
    rmSync(join(remotes, 'orders.git'), { recursive: true, force: true });
    execFileSync('git', ['init', '--bare', '-q', join(remotes, 'orders.git')]);
    const api = 'https://api.github.com';
    const record = (req: Request) =>
      calls.push(`${req.method} ${new URL(req.url).pathname}`);
    github.use(
      mock.get(`${api}/users/acme`, ({ request }) => {
        record(request);
        return HttpResponse.json({ login: 'acme', type: 'Organization' });
      }),
      mock.post(`${api}/orgs/acme/repos`, async ({ request }) => {
        record(request);
        const body = (await request.json()) as { name: string };
        return HttpResponse.json(
          {
            name: body.name,
            clone_url: `${git.url}/${body.name}.git`,
            html_url: `https://github.com/acme/${body.name}`,
          },
          { status: 201 },
        );
      }),
      mock.put(
        `${api}/repos/acme/orders/branches/main/protection`,
        ({ request }) => {
          record(request);
          return HttpResponse.json({});
        },
      ),
      mock.delete(`${api}/repos/acme/orders`, ({ request }) => {
        record(request);
        return new HttpResponse(null, { status: 204 });
      }),
      mock.all(`${api}/*`, ({ request }) => {
        record(request);
        return HttpResponse.json({ message: 'not faked' }, { status: 500 });
      }),
    );
  }

  function run(registered: boolean, link?: [string, string]) {
    const workspacePath = mkdtempSync(join(tmpdir(), 'workspace-'));
    mkdirSync(join(workspacePath, 'src'));
    writeFileSync(join(workspacePath, 'src/app.py'), 'print("hello")\n');
    if (link) symlinkSync(link[1], join(workspacePath, link[0]));
    writeFileSync(
      join(workspacePath, 'catalog-info.yaml'),
      'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: orders\nspec: { type: service, lifecycle: experimental, owner: group:default/platform }\n',
    );
    const catalog = catalogServiceMock.mock({
      addLocation: jest.fn(async location => {
        if (!registered) throw new Error('the catalog refused the location');
        return {
          location: {
            id: 'loc-1',
            type: 'url',
            target: location.target,
            entityRef: 'location:default/generated-1',
          },
          entities: [],
        };
      }),
      getEntityByRef: jest.fn(async () => ({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: 'orders' },
      })),
      removeLocationById: jest.fn(async () => undefined),
    });
    const config = new ConfigReader({
      integrations: { github: [{ host: 'github.com', token: 'gh-token' }] },
      goldenPath: { publish: { target: 'github', github: { owner: 'acme' } } },
    });
    const action = createPublishAction({
      repositories: LocalGitRepositories.fromConfig(config),
      catalog,
      auth: mockServices.auth(),
      github: GithubPublisher.fromConfig(config),
      entityWaitMs: 1_500,
    });
    const ctx = createMockActionContext({
      input: { name: 'orders', description: 'Takes orders.' },
      workspacePath,
      user: { entity: alice, ref: 'user:default/alice' },
      templateInfo: {
        entityRef: 'template:default/python-layered-service',
        baseUrl: 'file:///t',
      },
    });
    return { ctx, catalog, done: action.handler(ctx as any) };
  }

  it('creates the repository, pushes the workspace to main, protects it and registers its catalog-info.yaml', async () => {
    fakeGithub();
    const { ctx, catalog, done } = run(true);
    await done;

    expect(calls).toEqual([
      'GET /users/acme',
      'POST /orgs/acme/repos',
      'PUT /repos/acme/orders/branches/main/protection',
    ]);
    const bare = join(remotes, 'orders.git');
    const log = execFileSync(
      'git',
      ['--git-dir', bare, 'log', '-1', '--format=%an <%ae>%n%s', 'main'],
      { encoding: 'utf8' },
    );
    expect(log).toBe('Alice Moreau <alice@example.com>\ninitial commit\n');
    expect(
      execFileSync(
        'git',
        ['--git-dir', bare, 'ls-tree', '-r', '--name-only', 'main'],
        {
          encoding: 'utf8',
        },
      ).split('\n'),
    ).toEqual(['catalog-info.yaml', 'src/app.py', '']);
    expect(catalog.addLocation).toHaveBeenCalledWith(
      {
        type: 'url',
        target: 'https://github.com/acme/orders/blob/main/catalog-info.yaml',
      },
      expect.anything(),
    );
    expect(ctx.output).toHaveBeenCalledWith(
      'cloneCommand',
      'git clone https://github.com/acme/orders.git',
    );
  });

  it('deletes the new repository again when the registration fails', async () => {
    fakeGithub();
    const { done } = run(false);
    await expect(done).rejects.toThrow(/the catalog refused the location/);
    expect(calls).toEqual([
      'GET /users/acme',
      'POST /orgs/acme/repos',
      'PUT /repos/acme/orders/branches/main/protection',
      'DELETE /repos/acme/orders',
    ]);
  }, 20_000);

  it('refuses a workspace that holds a link, and creates no repository', async () => {
    fakeGithub();
    const { done } = run(true, ['src/hosts.py', '/etc/hosts']);
    await expect(done).rejects.toThrow(
      'src/hosts.py is a symbolic link; the portal copies no link into a repository',
    );
    expect(calls).toEqual([]);
  });
});
