import { writeFileSync } from 'node:fs';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import request from 'supertest';
import adrPlugin from '../index';

const proposed =
  '---\nstatus: "proposed"\ndate: 2026-10-28\n---\n\n# Rate-limit per client\n\nBody.\n';

const component = (name: string, location: string) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name,
    namespace: 'default',
    annotations: {
      'backstage.io/managed-by-location': location,
      'backstage.io/adr-location': 'docs/adr',
    },
  },
  spec: { type: 'service', owner: 'group:default/payments' },
});

const grace = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name: 'grace', namespace: 'default' },
  spec: { profile: { displayName: 'Grace Osei', email: 'grace@example.com' } },
};

// The repository's files, as the URL reader would download them.
const urlReader = mockServices.urlReader.mock({
  readTree: async () => ({
    etag: 'etag-1',
    files: async () => [],
    archive: async () => {
      throw new Error('not used');
    },
    dir: async ({ targetDir } = {}) => {
      writeFileSync(`${targetDir}/0002-rate-limit.md`, proposed);
      return targetDir!;
    },
  }),
});

// Only GitHub is faked; the test's own requests to the backend pass through.
const github = setupServer();
beforeAll(() =>
  github.listen({
    onUnhandledRequest: (req, print) => {
      if (!['127.0.0.1', 'localhost'].includes(new URL(req.url).hostname)) {
        print.error();
      }
    },
  }),
);
afterEach(() => github.resetHandlers());
afterAll(() => github.close());

function fakeGithub() {
  const calls: { method: string; path: string; body?: any }[] = [];
  const record = async (req: Request) => {
    const url = new URL(req.url);
    calls.push({
      method: req.method,
      path: decodeURIComponent(url.pathname) + url.search,
      body: req.method === 'GET' ? undefined : await req.json(),
    });
  };
  const repo = 'https://api.github.com/repos/acme/payments';
  github.use(
    http.get(`${repo}/git/ref/*`, async ({ request: req }) => {
      await record(req);
      return HttpResponse.json({ object: { sha: 'main-sha' } });
    }),
    http.get(`${repo}/contents/*`, async ({ request: req }) => {
      await record(req);
      return HttpResponse.json({ type: 'file', sha: 'blob-sha' });
    }),
    http.post(`${repo}/git/refs`, async ({ request: req }) => {
      await record(req);
      return HttpResponse.json({}, { status: 201 });
    }),
    http.put(`${repo}/contents/*`, async ({ request: req }) => {
      await record(req);
      return HttpResponse.json({ commit: { sha: 'new-sha' } });
    }),
    http.post(`${repo}/pulls`, async ({ request: req }) => {
      await record(req);
      return HttpResponse.json(
        { html_url: 'https://github.com/acme/payments/pull/7' },
        { status: 201 },
      );
    }),
  );
  return calls;
}

async function start() {
  const { server } = await startTestBackend({
    features: [
      adrPlugin,
      urlReader.factory,
      catalogServiceMock.factory({
        entities: [
          component(
            'payments',
            'url:https://github.com/acme/payments/blob/main/catalog-info.yaml',
          ),
          component(
            'billing',
            'url:https://git.elsewhere.example/acme/billing/blob/main/catalog-info.yaml',
          ),
          grace,
        ],
      }),
      mockServices.rootConfig.factory({
        data: {
          integrations: { github: [{ host: 'github.com', token: 'gh-token' }] },
        },
      }),
      mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
    ],
  });
  return server;
}

const review = (
  server: Parameters<typeof request>[0],
  entity: string,
  decision: string,
) =>
  request(server)
    .post(
      `/api/adr/entities/component/default/${entity}/adrs/0002-rate-limit.md/review`,
    )
    .set('Authorization', mockCredentials.user.header('user:default/grace'))
    .send({ decision });

describe('reviewing an ADR in a GitHub repository', () => {
  it('opens a pull request that changes the status, on a new branch from the catalog branch', async () => {
    const calls = fakeGithub();
    const server = await start();

    const res = await review(server, 'payments', 'accepted');

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      pullRequestUrl: 'https://github.com/acme/payments/pull/7',
      adr: { number: 2, status: 'accepted' },
    });
    expect(res.body.commit).toBeUndefined();
    expect(calls.map(c => `${c.method} ${c.path}`)).toEqual([
      'GET /repos/acme/payments/git/ref/heads/main',
      'GET /repos/acme/payments/contents/docs/adr/0002-rate-limit.md?ref=main',
      'POST /repos/acme/payments/git/refs',
      'PUT /repos/acme/payments/contents/docs/adr/0002-rate-limit.md',
      'POST /repos/acme/payments/pulls',
    ]);
    const [, , branch, put, pull] = calls;
    expect(branch.body).toEqual({
      ref: expect.stringMatching(
        /^refs\/heads\/adr-review\/0002-rate-limit-accepted-/,
      ),
      sha: 'main-sha',
    });
    expect(put.body).toMatchObject({
      branch: branch.body.ref.replace('refs/heads/', ''),
      sha: 'blob-sha',
      message: 'Accept ADR 2: Rate-limit per client',
      author: { name: 'Grace Osei', email: 'grace@example.com' },
    });
    expect(Buffer.from(put.body.content, 'base64').toString('utf8')).toBe(
      proposed.replace('status: "proposed"', 'status: "accepted"'),
    );
    expect(pull.body).toMatchObject({
      base: 'main',
      head: put.body.branch,
      title: 'Accept ADR 2: Rate-limit per client',
    });
  });

  it('reports GitHub refusing the branch, and opens no pull request', async () => {
    const calls = fakeGithub();
    github.use(
      http.post('https://api.github.com/repos/acme/payments/git/refs', () =>
        HttpResponse.json(
          { message: 'Resource not accessible by integration' },
          { status: 403 },
        ),
      ),
    );
    const server = await start();

    const res = await review(server, 'payments', 'rejected');

    expect(res.status).toBe(503);
    expect(res.body.error.message).toMatch(
      /GitHub refused to create the branch adr-review\/0002-rate-limit-rejected-\w+ in acme\/payments: Resource not accessible/,
    );
    expect(calls.map(c => c.method)).toEqual(['GET', 'GET']);
  });

  it('says that a repository on a host without an integration is read-only', async () => {
    const calls = fakeGithub();
    const server = await start();

    const res = await review(server, 'billing', 'accepted');

    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(
      /read-only in the portal.*nor on a configured GitHub integration/,
    );
    expect(calls).toEqual([]);
  });
});
