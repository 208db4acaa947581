import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import { scaffolderModuleGoldenPath } from '../module';

describe('GET /api/scaffolder/golden-path/names/:name', () => {
  const repos = join(mkdtempSync(join(tmpdir(), 'names-')), 'repos');
  mkdirSync(join(repos, 'taken'), { recursive: true });

  const start = async () =>
    (
      await startTestBackend({
        features: [
          scaffolderPlugin,
          scaffolderModuleGoldenPath,
          catalogServiceMock.factory({
            entities: [
              {
                apiVersion: 'backstage.io/v1alpha1',
                kind: 'Component',
                metadata: { name: 'in-catalog', namespace: 'default' },
              },
            ],
          }),
          mockServices.rootConfig.factory({
            data: { goldenPath: { localRepositories: repos } },
          }),
          mockServices.httpAuth.factory({
            defaultCredentials: mockCredentials.none(),
          }),
        ],
      })
    ).server;

  const ask = async (name: string) =>
    request(await start())
      .get(`/api/scaffolder/golden-path/names/${encodeURIComponent(name)}`)
      .set('Authorization', mockCredentials.user.header());

  it.each([
    ['orders', { available: true }],
    [
      'taken',
      {
        available: false,
        reason: expect.stringMatching(/repository named taken already exists/),
      },
    ],
    [
      'in-catalog',
      {
        available: false,
        reason: expect.stringMatching(
          /already has component:default\/in-catalog/,
        ),
      },
    ],
    [
      '../etc',
      {
        available: false,
        reason: expect.stringMatching(
          /only lowercase letters, digits and hyphens/,
        ),
      },
    ],
    [
      'Orders',
      {
        available: false,
        reason: expect.stringMatching(
          /only lowercase letters, digits and hyphens/,
        ),
      },
    ],
    [
      'class',
      {
        available: false,
        reason: expect.stringMatching(/"class", a Python keyword/),
      },
    ],
    [
      '9lives',
      {
        available: false,
        reason: expect.stringMatching(/starts with a digit/),
      },
    ],
    [
      'json',
      {
        available: false,
        reason: expect.stringMatching(/standard library/),
      },
    ],
    [
      'match',
      {
        available: false,
        reason: expect.stringMatching(/soft keyword/),
      },
    ],
  ])('answers %s with %o', async (name, answer) => {
    const res = await ask(name);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ name, ...answer });
  });

  it('needs a signed-in user', async () => {
    const res = await request(await start()).get(
      '/api/scaffolder/golden-path/names/orders',
    );
    expect(res.status).toBe(401);
  });
});
