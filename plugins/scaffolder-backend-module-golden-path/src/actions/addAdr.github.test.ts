import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { parseAdr } from '@internal/plugin-adr-common';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createAddAdrAction } from './addAdr';
import {
  GithubPullRequests,
  LocalGitRepositories,
} from '@internal/plugin-golden-path-node';

const github = setupServer();
beforeAll(() => github.listen({ onUnhandledRequest: 'error' }));
afterEach(() => github.resetHandlers());
afterAll(() => github.close());

const proposed =
  '---\nstatus: "accepted"\ndate: 2026-01-02\n---\n\n# Use REST\n';
const repository: Record<string, string> = {
  'docs/adr/0001-record-architecture-decisions.md': '# Record\n',
  'docs/adr/0002-use-rest.md': proposed,
  'mkdocs.yml':
    'site_name: payments\nnav:\n  - Decisions:\n      - adr/0001-record-architecture-decisions.md\n      - adr/0002-use-rest.md\n',
};

function fakeGithub() {
  const calls: string[] = [];
  const written: Record<string, { content: string; sha?: string }> = {};
  let pull: any;
  const api = 'https://api.github.com/repos/acme/payments';
  github.use(
    http.get(`${api}/contents/*`, ({ request }) => {
      const path = decodeURIComponent(new URL(request.url).pathname).replace(
        '/repos/acme/payments/contents/',
        '',
      );
      calls.push(`GET ${path}`);
      if (path === 'docs/adr') {
        return HttpResponse.json(
          Object.keys(repository)
            .filter(p => p.startsWith('docs/adr/'))
            .map(p => ({ name: p.slice(9), type: 'file' })),
        );
      }
      if (!(path in repository)) {
        return HttpResponse.json({ message: 'Not Found' }, { status: 404 });
      }
      return HttpResponse.json({
        type: 'file',
        sha: `sha-of-${path}`,
        content: Buffer.from(repository[path]).toString('base64'),
      });
    }),
    http.get(`${api}/git/ref/*`, () => {
      calls.push('GET ref');
      return HttpResponse.json({ object: { sha: 'main-sha' } });
    }),
    http.post(`${api}/git/refs`, async ({ request }) => {
      calls.push(`POST ref ${((await request.json()) as any).ref}`);
      return HttpResponse.json({}, { status: 201 });
    }),
    http.put(`${api}/contents/*`, async ({ request }) => {
      const path = decodeURIComponent(new URL(request.url).pathname).replace(
        '/repos/acme/payments/contents/',
        '',
      );
      const body = (await request.json()) as any;
      calls.push(`PUT ${path}`);
      written[path] = {
        content: Buffer.from(body.content, 'base64').toString('utf8'),
        sha: body.sha,
      };
      return HttpResponse.json({ commit: { sha: 'x' } });
    }),
    http.post(`${api}/pulls`, async ({ request }) => {
      pull = await request.json();
      calls.push('POST pull');
      return HttpResponse.json(
        { html_url: 'https://github.com/acme/payments/pull/9' },
        { status: 201 },
      );
    }),
  );
  return { calls, written, pull: () => pull };
}

describe('golden-path:adr:add for a component on GitHub', () => {
  it('proposes the next-numbered record, the superseded status and the nav in one pull request', async () => {
    const fake = fakeGithub();
    const config = new ConfigReader({
      integrations: { github: [{ host: 'github.com', token: 'gh-token' }] },
    });
    const action = createAddAdrAction({
      repositories: LocalGitRepositories.fromConfig(config),
      pullRequests: GithubPullRequests.fromConfig(config),
      catalog: catalogServiceMock({
        entities: [
          {
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'Component',
            metadata: {
              name: 'payments',
              namespace: 'default',
              annotations: {
                'backstage.io/managed-by-location':
                  'url:https://github.com/acme/payments/blob/main/catalog-info.yaml',
                'backstage.io/adr-location': 'docs/adr',
              },
            },
            spec: { type: 'service', owner: 'group:default/payments' },
          },
        ],
      }),
      // A reviewer (supersedes needs the review permission) and owner.
      permissions: mockServices.permissions({ result: AuthorizeResult.ALLOW }),
      now: () => new Date('2026-11-22T10:00:00Z'),
    });
    const ctx = createMockActionContext({
      input: {
        component: 'component:default/payments',
        title: 'Use gRPC between services',
        status: 'proposed',
        context: 'REST is slow for chatty calls.',
        options: ['gRPC', 'REST'],
        chosen: 'gRPC',
        because: 'it is faster.',
        consequences: 'Bad, because browsers need a proxy.',
        decisionMakers: ['Grace Osei'],
        supersedes: 2,
      },
    });

    await action.handler(ctx as any);

    expect(ctx.output).toHaveBeenCalledWith(
      'pullRequestUrl',
      'https://github.com/acme/payments/pull/9',
    );
    expect(ctx.output).toHaveBeenCalledWith('number', 3);
    const added = 'docs/adr/0003-use-grpc-between-services.md';
    expect(Object.keys(fake.written).sort()).toEqual(
      [added, 'docs/adr/0002-use-rest.md', 'mkdocs.yml'].sort(),
    );
    expect(
      parseAdr(
        '0003-use-grpc-between-services.md',
        fake.written[added].content,
      ),
    ).toMatchObject({
      ok: true,
      adr: {
        number: 3,
        status: 'proposed',
        date: '2026-11-22',
        decisionMakers: ['Grace Osei'],
      },
    });
    expect(fake.written[added].sha).toBeUndefined();
    expect(fake.written['docs/adr/0002-use-rest.md']).toEqual({
      content: proposed.replace('"accepted"', '"superseded by ADR-0003"'),
      sha: 'sha-of-docs/adr/0002-use-rest.md',
    });
    expect(fake.written['mkdocs.yml'].content).toContain(
      '      - adr/0003-use-grpc-between-services.md\n',
    );
    expect(fake.pull()).toMatchObject({
      base: 'main',
      title: 'Add ADR: Use gRPC between services',
    });
    expect(fake.calls.filter(c => c.startsWith('POST'))).toEqual([
      expect.stringMatching(/^POST ref refs\/heads\/adr\//),
      'POST pull',
    ]);
  });
});
