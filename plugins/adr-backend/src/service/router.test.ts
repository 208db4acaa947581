import { MiddlewareFactory } from '@backstage/backend-defaults/rootHttpRouter';
import {
  mockCredentials,
  mockServices,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { Adr } from '@internal/plugin-adr-common';
import express from 'express';
import request from 'supertest';
import { DatabaseAdrIndexStore } from '../database/DatabaseAdrIndexStore';
import {
  GithubPullRequests,
  LocalGitRepositories,
} from '@internal/plugin-golden-path-node';
import { createRouter } from './router';

const databases = TestDatabases.create({
  ids: ['SQLITE_3'],
  disableDocker: true,
});

const adr = (number: number, status: Adr['status'], title: string): Adr => ({
  file: `000${number}-x.md`,
  number,
  title,
  status,
  statusText: status,
  date: `2025-0${number}-01`,
  supersedes: [],
  decisionMakers: [],
  consulted: [],
  informed: [],
  format: 'madr4',
  body: '',
});

describe('GET /index', () => {
  it('serves the organisation-wide index, filtered and paged', async () => {
    const store = await DatabaseAdrIndexStore.create({
      database: mockServices.database({
        knex: await databases.init('SQLITE_3'),
        migrations: { skip: false },
      }),
    });
    await store.replaceEntity({
      entityRef: 'component:default/orders',
      contentHash: 'h',
      ownership: { owner: 'group:default/platform' },
      adrs: [
        adr(1, 'accepted', 'A'),
        adr(2, 'proposed', 'B'),
        adr(3, 'accepted', 'C'),
        { ...adr(4, 'none', 'D'), date: undefined },
      ],
      failures: [],
    });
    const app = express().use(
      await createRouter({
        httpAuth: mockServices.httpAuth(),
        auth: mockServices.auth(),
        userInfo: mockServices.userInfo(),
        permissions: mockServices.permissions(),
        repositories: LocalGitRepositories.fromConfig(
          mockServices.rootConfig(),
        ),
        pullRequests: GithubPullRequests.fromConfig(mockServices.rootConfig()),
        catalog: catalogServiceMock(),
        sourceTree: { forEntity: jest.fn(), close: jest.fn() },
        store,
      }),
    );
    app.use(
      MiddlewareFactory.create({
        config: mockServices.rootConfig(),
        logger: mockServices.logger.mock(),
      }).error(),
    );
    const auth = mockCredentials.user.header();

    const proposed = await request(app)
      .get('/index?status=proposed')
      .set('Authorization', auth);
    expect(proposed.body.items.map((a: any) => [a.entityRef, a.title])).toEqual(
      [['component:default/orders', 'B']],
    );
    const awaitingReview = await request(app)
      .get('/index?status=proposed&status=none')
      .set('Authorization', auth);
    expect(awaitingReview.body.items.map((a: any) => a.title)).toEqual([
      'B',
      'D',
    ]);
    const unknownStatus = await request(app)
      .get('/index?status=proposed&status=maybe')
      .set('Authorization', auth);
    expect(unknownStatus.status).toBe(400);
    const page = await request(app)
      .get('/index?limit=1&offset=1')
      .set('Authorization', auth);
    expect(page.body.totalItems).toBe(4);
    expect(page.body.items.map((a: any) => a.title)).toEqual(['B']);
    const mine = await request(app)
      .get('/index?owner=group:default/platform&from=2025-03-01')
      .set('Authorization', auth);
    expect(mine.body.items.map((a: any) => a.title)).toEqual(['C']);
  });
});
