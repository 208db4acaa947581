import { SloBoardPage } from '@internal/plugin-slo-common';
import { BoardCachingSloStore } from './BoardCachingSloStore';
import { BoardQuery, SloStore } from './SloStore';

function fakeStore() {
  let version = 0;
  const store: jest.Mocked<SloStore> = {
    board: jest.fn(
      async (_query: BoardQuery): Promise<SloBoardPage> => ({
        items: [],
        totalItems: version,
      }),
    ),
    save: jest.fn(async entry => {
      version++;
      return entry.evaluation;
    }),
    latest: jest.fn(),
    history: jest.fn(),
    prune: jest.fn(),
  };
  return store;
}

const query = { offset: 0, limit: 50 };
const entry = {
  title: 't',
  componentRef: 'component:default/c',
  evaluation: {
    sloRef: 'slo:default/c-x',
    evaluatedAt: '2026-11-22T00:00:00.000Z',
    windowSeconds: 60,
    budgetingMethod: 'Occurrences' as const,
    status: 'ok' as const,
    objectives: [],
  },
};

describe('BoardCachingSloStore', () => {
  it('answers a page from memory until the TTL passes', async () => {
    const inner = fakeStore();
    let now = 0;
    const store = new BoardCachingSloStore(inner, 5000, () => now);
    await store.board(query);
    now = 4999;
    await store.board(query);
    expect(inner.board).toHaveBeenCalledTimes(1);
    await store.board({ ...query, owner: 'group:default/a' });
    expect(inner.board).toHaveBeenCalledTimes(2);
    await store.board({ ...query, status: ['burning'] });
    expect(inner.board).toHaveBeenCalledTimes(3);
    now = 5000;
    await store.board(query);
    expect(inner.board).toHaveBeenCalledTimes(4);
  });

  it('shows a new evaluation at once', async () => {
    const inner = fakeStore();
    const store = new BoardCachingSloStore(inner, 5000, () => 0);
    expect((await store.board(query)).totalItems).toBe(0);
    await store.save(entry);
    expect((await store.board(query)).totalItems).toBe(1);
  });

  it('does not keep a failed page', async () => {
    const inner = fakeStore();
    inner.board.mockRejectedValueOnce(new Error('database down'));
    const store = new BoardCachingSloStore(inner, 5000, () => 0);
    await expect(store.board(query)).rejects.toThrow('database down');
    await expect(store.board(query)).resolves.toEqual({
      items: [],
      totalItems: 0,
    });
  });
});
