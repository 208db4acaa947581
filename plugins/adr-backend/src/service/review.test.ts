import fs, {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { LocalGitRepositories } from '@internal/plugin-golden-path-node';
import git from 'isomorphic-git';
import request from 'supertest';
import adrPlugin from '../index';

const base = mkdtempSync(join(tmpdir(), 'adr-review-'));
const reposRoot = join(base, 'repos');
const proposed =
  '---\nstatus: "proposed"\ndate: 2026-10-28\ndecision-makers: [Bob Lindqvist]\n---\n\n# Rate-limit per client\n\nBody.\n';

// MADR's minimal template: no front matter, so no status.
const noStatus =
  '# Use gRPC\n\n## Context and Problem Statement\n\nWhich protocol?\n\n## Considered Options\n\n* gRPC\n* REST\n\n## Decision Outcome\n\nChosen option: "gRPC".\n';

async function createRepository(name: string) {
  const source = mkdtempSync(join(tmpdir(), 'adr-source-'));
  mkdirSync(join(source, 'docs/adr'), { recursive: true });
  writeFileSync(join(source, 'catalog-info.yaml'), 'kind: Component\n');
  writeFileSync(
    join(source, 'docs/adr/0001-accepted.md'),
    '---\nstatus: accepted\n---\n# Old\n',
  );
  writeFileSync(join(source, 'docs/adr/0002-rate-limit.md'), proposed);
  writeFileSync(join(source, 'docs/adr/0003-use-grpc.md'), noStatus);
  const repos = LocalGitRepositories.fromConfig(
    new ConfigReader({ goldenPath: { localRepositories: reposRoot } }),
  );
  await repos.create({
    name,
    sourceDir: source,
    author: { name: 'Alice', email: 'alice@example.com' },
    message: 'init',
  });
}

const component = (name: string, catalogInfo: string) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name,
    namespace: 'default',
    annotations: {
      'backstage.io/managed-by-location': `file:${catalogInfo}`,
      'backstage.io/adr-location': 'docs/adr',
    },
  },
  spec: {
    type: 'service',
    owner: 'group:default/platform',
    lifecycle: 'production',
  },
});

const grace = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name: 'grace', namespace: 'default' },
  spec: {
    profile: { displayName: 'Grace Osei', email: 'grace@example.com' },
    memberOf: ['architects'],
  },
};

async function start(result?: AuthorizeResult.ALLOW | AuthorizeResult.DENY) {
  const examples = join(base, 'examples/svc');
  mkdirSync(join(examples, 'docs/adr'), { recursive: true });
  writeFileSync(join(examples, 'catalog-info.yaml'), 'kind: Component\n');
  writeFileSync(join(examples, 'docs/adr/0002-rate-limit.md'), proposed);
  const { server } = await startTestBackend({
    features: [
      adrPlugin,
      catalogServiceMock.factory({
        entities: [
          component('orders', join(reposRoot, 'orders/catalog-info.yaml')),
          component('example', join(examples, 'catalog-info.yaml')),
          grace,
        ],
      }),
      mockServices.rootConfig.factory({
        data: {
          catalog: { fileLocationRoots: [base] },
          goldenPath: { localRepositories: reposRoot },
        },
      }),
      mockServices.httpAuth.factory({
        defaultCredentials: mockCredentials.none(),
      }),
      ...(result ? [mockServices.permissions.factory({ result })] : []),
    ],
  });
  return server;
}

const review = (
  server: Parameters<typeof request>[0],
  entity: string,
  file: string,
  decision: string,
) =>
  request(server)
    .post(`/api/adr/entities/component/default/${entity}/adrs/${file}/review`)
    .set('Authorization', mockCredentials.user.header('user:default/grace'))
    .send({ decision });

describe('reviewing an ADR', () => {
  beforeAll(() => createRepository('orders'));

  it('refuses a reviewer outside the architect groups with 403, and changes nothing', async () => {
    const server = await start(AuthorizeResult.DENY);
    const res = await review(
      server,
      'orders',
      '0002-rate-limit.md',
      'accepted',
    );
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/Only architects/);
    expect(
      readFileSync(
        join(reposRoot, 'orders/docs/adr/0002-rate-limit.md'),
        'utf8',
      ),
    ).toBe(proposed);
  });

  it("commits an architect's acceptance to the repository, authored by the architect", async () => {
    const server = await start(AuthorizeResult.ALLOW);
    const res = await review(
      server,
      'orders',
      '0002-rate-limit.md',
      'accepted',
    );
    expect(res.status).toBe(200);
    expect(res.body.adr).toMatchObject({ number: 2, status: 'accepted' });
    const dir = join(reposRoot, 'orders');
    const text = readFileSync(join(dir, 'docs/adr/0002-rate-limit.md'), 'utf8');
    expect(text).toBe(
      proposed.replace('status: "proposed"', 'status: "accepted"'),
    );
    const [head] = await git.log({ fs, dir, depth: 1 });
    expect(head.oid).toBe(res.body.commit);
    expect(head.commit.author).toMatchObject({
      name: 'Grace Osei',
      email: 'grace@example.com',
    });
    expect(head.commit.message).toMatch(/^Accept ADR 2: Rate-limit per client/);
    expect(head.commit.parent).toHaveLength(2);
    expect(await git.listBranches({ fs, dir })).toEqual(['main']);
    const status = await git.statusMatrix({ fs, dir });
    expect(status.every(([, h, w, s]) => h === 1 && w === 1 && s === 1)).toBe(
      true,
    );

    const again = await review(
      server,
      'orders',
      '0002-rate-limit.md',
      'rejected',
    );
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(
      /is accepted; only a proposed ADR/,
    );
  });

  it('reviews a record that states no status, adding the status MADR makes optional', async () => {
    const server = await start(AuthorizeResult.ALLOW);
    const res = await review(server, 'orders', '0003-use-grpc.md', 'accepted');
    expect(res.status).toBe(200);
    expect(res.body.adr).toMatchObject({
      number: 3,
      status: 'accepted',
      format: 'madr4',
    });
    const text = readFileSync(
      join(reposRoot, 'orders/docs/adr/0003-use-grpc.md'),
      'utf8',
    );
    expect(text).toBe(`---\nstatus: "accepted"\n---\n\n${noStatus}`);
  });

  it('says that ADRs outside the hosted repositories are read-only', async () => {
    const server = await start(AuthorizeResult.ALLOW);
    const res = await review(
      server,
      'example',
      '0002-rate-limit.md',
      'accepted',
    );
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/read-only in the portal/);
  });

  it.each([
    ['0002-rate-limit.md', 'maybe', 400],
    ['..%2F..%2Fcatalog-info.yaml', 'accepted', 400],
    ['0009-missing.md', 'accepted', 404],
  ])('answers %s / %s with %i', async (file, decision, status) => {
    const server = await start(AuthorizeResult.ALLOW);
    expect((await review(server, 'orders', file, decision)).status).toBe(
      status,
    );
  });

  it('answers 401 without credentials', async () => {
    const server = await start(AuthorizeResult.ALLOW);
    const res = await request(server)
      .post(
        '/api/adr/entities/component/default/orders/adrs/0002-rate-limit.md/review',
      )
      .send({ decision: 'accepted' });
    expect(res.status).toBe(401);
  });
});
