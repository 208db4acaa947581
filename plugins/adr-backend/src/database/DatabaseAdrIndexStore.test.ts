import { mockServices } from '@backstage/backend-test-utils';
import { portalTestDatabases } from '@internal/backend-test-kit';
import { Adr } from '@internal/plugin-adr-common';
import { DatabaseAdrIndexStore } from './DatabaseAdrIndexStore';

const databases = portalTestDatabases();

const adr = (number: number, status: Adr['status'], date?: string): Adr => ({
  file: `${String(number).padStart(4, '0')}-x.md`,
  number,
  title: `Decision ${number}`,
  date,
  status,
  statusText: status,
  supersedes: number > 1 ? [number - 1] : [],
  decisionMakers: ['Grace Osei'],
  consulted: [],
  informed: [],
  format: 'madr4',
  body: '',
});

describe.each(databases.eachSupportedId())(
  'DatabaseAdrIndexStore on %s',
  databaseId => {
    async function createStore() {
      const knex = await databases.init(databaseId);
      const store = await DatabaseAdrIndexStore.create({
        database: mockServices.database({ knex, migrations: { skip: false } }),
      });
      return { knex, store };
    }

    it('indexes, filters, pages and replaces an entity atomically', async () => {
      const { store } = await createStore();
      await store.replaceEntity({
        entityRef: 'component:default/orders',
        contentHash: 'h1',
        ownership: {
          owner: 'group:default/platform',
          system: 'system:default/shop',
        },
        adrs: [
          adr(1, 'accepted', '2025-01-01'),
          adr(2, 'proposed', '2025-02-01'),
          adr(3, 'proposed'),
        ],
        failures: [],
      });
      await store.replaceEntity({
        entityRef: 'component:default/billing',
        contentHash: 'h2',
        ownership: { owner: 'group:default/billing' },
        adrs: [adr(1, 'proposed', '2025-03-01')],
        failures: [{ file: '0002-x.md', warning: 'no status' }],
      });

      expect(await store.folderHash('component:default/orders')).toBe('h1');
      const proposed = await store.query({
        status: ['proposed'],
        limit: 2,
        offset: 0,
      });
      expect(proposed.totalItems).toBe(3);
      expect(proposed.items.map(i => [i.entityRef, i.number])).toEqual([
        ['component:default/billing', 1],
        ['component:default/orders', 2],
      ]);
      expect(proposed.items[1]).toMatchObject({
        owner: 'group:default/platform',
        system: 'system:default/shop',
        supersedes: [1],
        decisionMakers: ['Grace Osei'],
        date: '2025-02-01',
      });
      const page2 = await store.query({
        status: ['proposed'],
        limit: 2,
        offset: 2,
      });
      expect(page2.items.map(i => i.number)).toEqual([3]);

      const byOwner = await store.query({
        owner: 'group:default/billing',
        limit: 50,
        offset: 0,
      });
      expect(byOwner.totalItems).toBe(1);
      const inFebruary = await store.query({
        from: '2025-02-01',
        to: '2025-02-28',
        limit: 50,
        offset: 0,
      });
      expect(inFebruary.items.map(i => i.number)).toEqual([2]);

      await store.replaceEntity({
        entityRef: 'component:default/orders',
        contentHash: 'h3',
        ownership: { owner: 'group:default/platform' },
        adrs: [adr(1, 'accepted', '2025-01-01')],
        failures: [],
      });
      expect((await store.query({ limit: 50, offset: 0 })).totalItems).toBe(2);
      expect(await store.folderHash('component:default/orders')).toBe('h3');
    });

    it('forgets entities that lost their ADR folder', async () => {
      const { store } = await createStore();
      for (const name of ['a', 'b']) {
        await store.replaceEntity({
          entityRef: `component:default/${name}`,
          contentHash: name,
          ownership: {},
          adrs: [adr(1, 'accepted')],
          failures: [],
        });
      }
      await store.retainOnly(['component:default/b']);
      expect(
        (await store.query({ limit: 50, offset: 0 })).items.map(
          i => i.entityRef,
        ),
      ).toEqual(['component:default/b']);
      expect(await store.folderHash('component:default/a')).toBeUndefined();
    });

    it('migrates down and up again', async () => {
      const { knex } = await createStore();
      const dir = require('node:path').resolve(__dirname, '../../migrations');
      await knex.migrate.rollback({ directory: dir }, true);
      expect(await knex.schema.hasTable('adr_index_records')).toBe(false);
      await knex.migrate.latest({ directory: dir });
      expect(await knex.schema.hasTable('adr_index_records')).toBe(true);
    });
  },
);
