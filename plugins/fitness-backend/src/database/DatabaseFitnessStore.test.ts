import { scoreResults } from '@internal/fitness-engine';
import type {
  FitnessResult,
  TemplateDrift,
} from '@internal/plugin-fitness-common';
import { fitnessTestDatabases } from '../__testUtils__/fitnessStores';
import { DatabaseFitnessStore } from './DatabaseFitnessStore';
import { EntityInfo } from './FitnessStore';

const databases = fitnessTestDatabases();

const result = (
  functionId: string,
  status: FitnessResult['status'],
  level: FitnessResult['level'] = 'bronze',
): FitnessResult => ({
  functionId,
  category: 'architecture',
  level,
  weight: 1,
  status,
  summary: status,
  evidence: [],
  docsPath: `docs/fitness/${functionId}.md`,
});

const entity = (name: string, owner = 'group:default/a'): EntityInfo => ({
  entityRef: `component:default/${name}`,
  title: name,
  ownerRef: owner,
  systemRef: 'system:default/s',
});

describe.each(databases.ids)('fitness scan store on %s', databaseId => {
  async function createStore() {
    const { scans, knex } = await databases.open(databaseId);
    return { store: scans, knex };
  }

  async function record(
    store: DatabaseFitnessStore,
    info: EntityInfo,
    scanKey: string,
    results: FitnessResult[],
    at = new Date(),
    drift?: TemplateDrift,
  ) {
    await store.recordScan(
      {
        entity: info,
        scanKey,
        contentHash: scanKey,
        scannedAt: at,
        results,
        warnings: [],
        drift,
      },
      scoreResults(results, [], at),
    );
  }

  it('keeps the latest per entity and every scan as history, with the previous score', async () => {
    const { store, knex } = await createStore();
    const orders = entity('orders');
    await record(
      store,
      orders,
      'k1',
      [result('a', 'pass'), result('b', 'fail')],
      new Date('2026-11-01T00:00:00Z'),
    );
    await record(
      store,
      orders,
      'k2',
      [result('a', 'pass'), result('b', 'pass')],
      new Date('2026-11-02T00:00:00Z'),
    );
    const latest = await store.latest(orders.entityRef);
    expect(latest).toMatchObject({
      scanKey: 'k2',
      score: 100,
      previousScore: 50,
      level: 'gold',
      title: 'orders',
      ownerRef: 'group:default/a',
    });
    expect(
      await store.history(orders.entityRef, new Date('2026-10-01T00:00:00Z')),
    ).toEqual([
      { scannedAt: '2026-11-01T00:00:00.000Z', score: 50, level: undefined },
      { scannedAt: '2026-11-02T00:00:00.000Z', score: 100, level: 'gold' },
    ]);
    expect(Number((await knex('fitness_scans').count({ n: '*' }))[0].n)).toBe(
      2,
    );
  });

  it('lists with filters, sorts by score, level and title, pages, and counts levels', async () => {
    const { store } = await createStore();
    await record(store, entity('gold'), 'g', [result('a', 'pass')]);
    await record(store, entity('half', 'group:default/b'), 'h', [
      result('a', 'pass'),
      result('b', 'fail', 'silver'),
    ]);
    await record(store, entity('none'), 'n', [result('a', 'fail')]);
    await record(store, entity('unscored'), 'u', [
      result('a', 'not-applicable'),
    ]);

    const byScore = await store.list({
      sort: 'score',
      order: 'asc',
      offset: 0,
      limit: 10,
    });
    expect(
      byScore.items.map(i => [i.title, i.score, i.level ?? 'none', i.failing]),
    ).toEqual([
      ['unscored', undefined, 'gold', 0],
      ['none', 0, 'none', 1],
      ['half', 50, 'bronze', 1],
      ['gold', 100, 'gold', 0],
    ]);
    expect(byScore.totalItems).toBe(4);
    expect(byScore.levels).toEqual({
      none: 1,
      bronze: 1,
      silver: 0,
      gold: 2,
    });

    const desc = await store.list({
      sort: 'score',
      order: 'desc',
      offset: 1,
      limit: 2,
    });
    expect(desc.items.map(i => i.title)).toEqual(['half', 'none']);

    const byLevel = await store.list({
      sort: 'level',
      order: 'desc',
      offset: 0,
      limit: 10,
    });
    expect(byLevel.items.map(i => i.title)).toEqual([
      'gold',
      'unscored',
      'half',
      'none',
    ]);

    const ownerB = await store.list({
      owner: 'group:default/b',
      sort: 'title',
      order: 'asc',
      offset: 0,
      limit: 10,
    });
    expect(ownerB.items.map(i => i.title)).toEqual(['half']);
    expect(ownerB.totalItems).toBe(1);

    const goldOnly = await store.list({
      level: 'gold',
      sort: 'title',
      order: 'asc',
      offset: 0,
      limit: 10,
    });
    expect(goldOnly.items.map(i => i.title)).toEqual(['gold', 'unscored']);
    expect(goldOnly.totalItems).toBe(2);
  });

  it('keeps how far each service is behind its golden path, and filters on it', async () => {
    const { store } = await createStore();
    const drifted = (name: string, drift?: TemplateDrift) =>
      record(store, entity(name), name, [], new Date(), drift);
    await drifted('current', 'current');
    await drifted('minor', 'behind');
    await drifted('major', 'major');
    await drifted('unversioned', 'unknown');
    await drifted('handmade');
    const page = (drift?: TemplateDrift) =>
      store.list({
        drift,
        sort: 'title',
        order: 'asc',
        offset: 0,
        limit: 10,
      });

    expect((await page()).items.map(i => [i.title, i.drift])).toEqual([
      ['current', 'current'],
      ['handmade', undefined],
      ['major', 'major'],
      ['minor', 'behind'],
      ['unversioned', 'unknown'],
    ]);
    expect((await page('major')).items.map(i => i.title)).toEqual(['major']);
    expect((await page('behind')).totalItems).toBe(1);
    expect((await page('unknown')).items.map(i => i.title)).toEqual([
      'unversioned',
    ]);
  });

  it('remembers the level a service dropped from until it is back there', async () => {
    const { store } = await createStore();
    const orders = entity('orders');
    const scan = (
      key: string,
      silver: FitnessResult['status'],
      gold: FitnessResult['status'],
    ) =>
      record(store, orders, key, [
        result('b', 'pass', 'bronze'),
        result('s', silver, 'silver'),
        result('g', gold, 'gold'),
      ]);
    const dropped = async () =>
      (
        await store.list({
          dropped: true,
          sort: 'title',
          order: 'asc',
          offset: 0,
          limit: 10,
        })
      ).items.map(i => [i.title, i.level, i.droppedFrom]);

    await scan('gold', 'pass', 'pass');
    await record(
      store,
      entity('steady'),
      'steady',
      [result('b', 'pass')],
      new Date('2026-01-01T00:00:00Z'),
    );
    expect(await store.scannedSince(new Date(Date.now() - 60_000))).toEqual([
      orders.entityRef,
    ]);
    expect(await dropped()).toEqual([]);

    await scan('silver', 'pass', 'fail');
    expect(await dropped()).toEqual([['orders', 'silver', 'gold']]);
    await scan('bronze', 'fail', 'fail');
    expect(await dropped()).toEqual([['orders', 'bronze', 'gold']]);
    await scan('silver-again', 'pass', 'fail');
    expect(await dropped()).toEqual([['orders', 'silver', 'gold']]);

    // A re-score (a waiver) that brings it back clears the drop.
    await store.updateScore(
      orders.entityRef,
      scoreResults(
        [
          result('b', 'pass', 'bronze'),
          result('s', 'pass', 'silver'),
          result('g', 'pass', 'gold'),
        ],
        [],
        new Date(),
      ),
    );
    expect(await dropped()).toEqual([]);
    const all = await store.list({
      sort: 'title',
      order: 'asc',
      offset: 0,
      limit: 10,
    });
    expect(all.items.map(i => [i.title, i.droppedFrom])).toEqual([
      ['orders', undefined],
      ['steady', undefined],
    ]);
  });

  it('rolls up by owner: services, average score over the scored ones, levels', async () => {
    const { store } = await createStore();
    await record(store, entity('x'), 'x', [result('a', 'pass')]);
    await record(store, entity('y'), 'y', [
      result('a', 'pass'),
      result('b', 'fail'),
    ]);
    await record(store, entity('z'), 'z', [result('a', 'not-applicable')]);
    await record(store, entity('w', 'group:default/b'), 'w', [
      result('a', 'fail'),
    ]);
    expect(await store.rollups('owner')).toEqual([
      {
        key: 'group:default/b',
        services: 1,
        averageScore: 0,
        levels: { none: 1, bronze: 0, silver: 0, gold: 0 },
      },
      {
        key: 'group:default/a',
        services: 3,
        averageScore: 75,
        levels: { none: 1, bronze: 0, silver: 0, gold: 2 },
      },
    ]);
  });

  it('prunes old history but never the latest scan', async () => {
    const { store } = await createStore();
    const orders = entity('orders');
    await record(
      store,
      orders,
      'k1',
      [result('a', 'fail')],
      new Date('2025-01-01T00:00:00Z'),
    );
    await record(
      store,
      orders,
      'k2',
      [result('a', 'pass')],
      new Date('2025-02-01T00:00:00Z'),
    );
    expect(await store.pruneHistory(new Date('2026-01-01T00:00:00Z'))).toBe(1);
    expect(await store.history(orders.entityRef, new Date(0))).toHaveLength(1);
    expect((await store.latest(orders.entityRef))?.scanKey).toBe('k2');
  });
});
