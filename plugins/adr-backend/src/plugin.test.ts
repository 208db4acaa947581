import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import adrPlugin from './index';

const root = mkdtempSync(join(tmpdir(), 'adr-repos-'));
function file(path: string, content: string | Buffer) {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), content);
}
file('orders/catalog-info.yaml', 'kind: Component\n');
file(
  'orders/docs/adr/0001-record-architecture-decisions.md',
  '---\nstatus: accepted\ndate: 2025-01-10\ndecision-makers: [Alice Moreau]\n---\n# Record architecture decisions\n',
);
file(
  'orders/docs/adr/0002-use-rabbitmq.md',
  '---\nstatus: "superseded by ADR-0003"\n---\n# Use RabbitMQ\n',
);
file(
  'orders/docs/adr/0003-use-redis-streams.md',
  '* Status: proposed\n\n# Use Redis Streams\n',
);
file('orders/docs/adr/0004-notes.md', 'Just notes, no status.\n');
file(
  'orders/docs/adr/0006-use-grpc.md',
  '# Use gRPC\n\n## Context and Problem Statement\n\nWhich protocol?\n\n## Decision Outcome\n\ngRPC.\n',
);
file('orders/docs/adr/0005-diagram.md', Buffer.from([0x00, 0x01, 0x02]));
file('orders/docs/adr/README.md', '# Decisions\n');

const component = (name: string, annotations: Record<string, string>) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name,
    namespace: 'default',
    annotations: {
      'backstage.io/managed-by-location': `file:${join(
        root,
        'orders/catalog-info.yaml',
      )}`,
      ...annotations,
    },
  },
  spec: {
    type: 'service',
    owner: 'group:default/platform',
    lifecycle: 'production',
  },
});

describe('adr backend', () => {
  let server: Parameters<typeof request>[0];
  const auth = mockCredentials.user.header('user:default/alice');

  beforeAll(async () => {
    ({ server } = await startTestBackend({
      features: [
        adrPlugin,
        catalogServiceMock.factory({
          entities: [
            component('orders', { 'backstage.io/adr-location': 'docs/adr' }),
            component('bare', {}),
            component('hostile', {
              'backstage.io/adr-location': '../../../etc',
            }),
            {
              apiVersion: 'backstage.io/v1alpha1',
              kind: 'User',
              metadata: { name: 'alice', namespace: 'default' },
              spec: { profile: { displayName: 'Alice Moreau' }, memberOf: [] },
            },
          ],
        }),
        mockServices.rootConfig.factory({
          data: { catalog: { fileLocationRoots: [root] } },
        }),
        mockServices.httpAuth.factory({
          defaultCredentials: mockCredentials.none(),
        }),
      ],
    }));
  });

  const get = (name: string, authorization: string | undefined = auth) => {
    const req = request(server).get(
      `/api/adr/entities/component/default/${name}/adrs`,
    );
    return authorization ? req.set('Authorization', authorization) : req;
  };

  it("lists an entity's ADRs with their status and supersedes links", async () => {
    const res = await get('orders');
    expect(res.status).toBe(200);
    expect(
      res.body.adrs.map((a: any) => [
        a.number,
        a.title,
        a.status,
        a.supersedes,
        a.supersededBy,
      ]),
    ).toEqual([
      [1, 'Record architecture decisions', 'accepted', [], undefined],
      [2, 'Use RabbitMQ', 'superseded', [], 3],
      [3, 'Use Redis Streams', 'proposed', [2], undefined],
      [6, 'Use gRPC', 'none', [], undefined],
    ]);
    expect(res.body.adrs[0].decisionMakers).toEqual(['Alice Moreau']);
    expect(res.body.people).toEqual({ 'Alice Moreau': 'user:default/alice' });
  });

  it('lists the files it could not read, with the reason', async () => {
    const res = await get('orders');
    expect(res.body.failures).toEqual([
      {
        file: '0004-notes.md',
        warning: expect.stringMatching(/neither MADR .* nor Nygard/),
      },
      { file: '0005-diagram.md', warning: expect.stringMatching(/binary/) },
    ]);
  });

  it('answers 401 without credentials', async () => {
    expect((await get('orders', '')).status).toBe(401);
  });

  it('says what to add when the annotation is missing', async () => {
    const res = await get('bare');
    expect(res.status).toBe(404);
    expect(res.body.error.message).toMatch(
      /no backstage.io\/adr-location annotation/,
    );
  });

  it('refuses an ADR folder outside the repository', async () => {
    const res = await get('hostile');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(
      /relative path inside the repository/,
    );
  });

  it.each([
    ['?limit=1000'],
    ['?status=bogus'],
    ['?from=yesterday'],
    ['?owner=platform'],
  ])('answers 400 to the index query %s', async query => {
    const res = await request(server)
      .get(`/api/adr/index${query}`)
      .set('Authorization', auth);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/^Invalid query/);
  });

  it('answers 401 on the index without credentials', async () => {
    expect((await request(server).get('/api/adr/index')).status).toBe(401);
  });

  it('answers 404 for an unknown entity and 400 for a malformed reference', async () => {
    expect((await get('nobody')).status).toBe(404);
    const res = await request(server)
      .get('/api/adr/entities/component/default/..%2F..%2Fetc/adrs')
      .set('Authorization', auth);
    expect(res.status).toBe(400);
  });
});

describe('adr backend, when the policy denies', () => {
  it('answers 403 on the index', async () => {
    const { server } = await startTestBackend({
      features: [
        adrPlugin,
        catalogServiceMock.factory({ entities: [] }),
        mockServices.permissions.factory({ result: AuthorizeResult.DENY }),
      ],
    });
    const res = await request(server)
      .get('/api/adr/index')
      .set(
        'Authorization',
        mockCredentials.user.header('user:default/visitor'),
      );
    expect(res.status).toBe(403);
  });
});
