import { mockServices } from '@backstage/backend-test-utils';
import { portalTestDatabases } from '@internal/backend-test-kit';
import { SloEvaluation } from '@internal/plugin-slo-common';
import { DatabaseSloStore } from './DatabaseSloStore';

const databases = portalTestDatabases();

function evaluation(
  sloRef: string,
  at: string,
  budgetRemaining?: number,
  status: SloEvaluation['status'] = 'ok',
): SloEvaluation {
  return {
    sloRef,
    evaluatedAt: at,
    windowSeconds: 2_592_000,
    budgetingMethod: 'Occurrences',
    status,
    message: status === 'unreachable' ? 'connection refused' : undefined,
    objectives: [
      { target: 0.999, sli: 0.9995, budgetRemaining, alerts: [], status },
    ],
  };
}

describe.each(databases.eachSupportedId())('SLO store on %s', databaseId => {
  async function createStore() {
    const knex = await databases.init(databaseId);
    return DatabaseSloStore.create({
      database: mockServices.database({ knex, migrations: { skip: false } }),
    });
  }

  it('pages the board by budget remaining, filters, and keeps history', async () => {
    const store = await createStore();
    const save = (
      ref: string,
      at: string,
      budget?: number,
      owner = 'group:default/a',
    ) =>
      store.save({
        title: ref,
        componentRef: 'component:default/c',
        ownerRef: owner,
        systemRef: 'system:default/s',
        evaluation: evaluation(
          ref,
          at,
          budget,
          budget === undefined ? 'no-data' : 'ok',
        ),
      });
    await save('slo:default/c-one', '2026-11-01T00:00:00.000Z', 0.9);
    await save('slo:default/c-one', '2026-11-02T00:00:00.000Z', 0.5);
    await save('slo:default/c-two', '2026-11-02T00:00:00.000Z', -0.2);
    await save('slo:default/c-three', '2026-11-02T00:00:00.000Z');
    await save(
      'slo:default/c-four',
      '2026-11-02T00:00:00.000Z',
      0.1,
      'group:default/b',
    );

    const page = await store.board({
      owner: 'group:default/a',
      offset: 0,
      limit: 2,
    });
    expect(page.totalItems).toBe(3);
    expect(page.items.map(i => [i.sloRef, i.budgetRemaining])).toEqual([
      ['slo:default/c-two', -0.2],
      ['slo:default/c-one', 0.5],
    ]);
    const noData = await store.board({
      status: ['no-data', 'burning'],
      offset: 0,
      limit: 10,
    });
    expect(noData.items.map(i => i.sloRef)).toEqual(['slo:default/c-three']);
    expect(noData.totalItems).toBe(1);
    const rest = await store.board({
      owner: 'group:default/a',
      offset: 2,
      limit: 2,
    });
    expect(rest.items.map(i => i.sloRef)).toEqual(['slo:default/c-three']);

    const history = await store.history(
      'slo:default/c-one',
      new Date('2026-10-01T00:00:00.000Z'),
    );
    expect(history.map(p => [p.evaluatedAt, p.budgetRemaining])).toEqual([
      ['2026-11-01T00:00:00.000Z', 0.9],
      ['2026-11-02T00:00:00.000Z', 0.5],
    ]);

    await store.prune({
      keep: ['slo:default/c-one', 'slo:default/c-two'],
      before: new Date('2026-11-01T12:00:00.000Z'),
    });
    expect((await store.board({ offset: 0, limit: 50 })).totalItems).toBe(2);
    expect(await store.history('slo:default/c-one', new Date(0))).toHaveLength(
      1,
    );
    expect(
      (await store.latest(['slo:default/c-one'])).get('slo:default/c-one'),
    ).toMatchObject({ evaluatedAt: '2026-11-02T00:00:00.000Z' });
  }, 60_000);

  it('remembers since when a source has been unreachable', async () => {
    const store = await createStore();
    const save = (at: string, status: SloEvaluation['status']) =>
      store.save({
        title: 't',
        componentRef: 'component:default/c',
        evaluation: evaluation('slo:default/c-x', at, undefined, status),
      });
    await save('2026-11-01T00:00:00.000Z', 'unreachable');
    const second = await save('2026-11-01T00:05:00.000Z', 'unreachable');
    expect(second.message).toBe(
      'source unreachable since 2026-11-01T00:00:00.000Z: connection refused',
    );
    await save('2026-11-01T00:10:00.000Z', 'ok');
    const again = await save('2026-11-01T00:15:00.000Z', 'unreachable');
    expect(again.message).toBe(
      'source unreachable since 2026-11-01T00:15:00.000Z: connection refused',
    );
  }, 60_000);
});
