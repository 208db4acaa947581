import { fitnessTestDatabases } from '../__testUtils__/fitnessStores';

const databases = fitnessTestDatabases();

describe.each(databases.ids)('fitness scan queue on %s', databaseId => {
  const createStore = async () => databases.open(databaseId);

  it('queues rescans: one asked for during a scan stays queued after it', async () => {
    const { queue } = await createStore();
    await queue.enqueueScheduled([
      'component:default/a',
      'component:default/b',
    ]);
    await queue.enqueue('component:default/b', 'user:default/ada');
    expect(await queue.progress()).toMatchObject({ queued: 2, running: 0 });

    const [first] = await queue.claimQueued(1);
    expect(first).toMatchObject({
      entityRef: 'component:default/b',
      force: true,
      requestedBy: 'user:default/ada',
    });
    expect(await queue.progress()).toMatchObject({ queued: 1, running: 1 });
    await new Promise(r => setTimeout(r, 5));
    await queue.enqueue('component:default/b', 'user:default/bob');
    await queue.finishQueued(first);
    expect(await queue.isQueued('component:default/b')).toBe(true);

    const next = await queue.claimQueued(10);
    expect(next.map(q => q.entityRef).sort()).toEqual([
      'component:default/a',
      'component:default/b',
    ]);
    for (const q of next) await queue.finishQueued(q);
    expect(await queue.progress()).toMatchObject({ queued: 0, running: 0 });
  });

  it('counts a run’s progress', async () => {
    const { queue } = await createStore();
    const run = await queue.startRun(new Date('2026-11-22T10:00:00Z'));
    await queue.countRun(run, 'scanned');
    await queue.countRun(run, 'unchanged');
    await queue.countRun(run, 'unchanged');
    expect(await queue.progress()).toEqual({
      queued: 0,
      running: 0,
      done: 3,
      lastRun: {
        startedAt: '2026-11-22T10:00:00.000Z',
        finishedAt: undefined,
        scanned: 1,
        unchanged: 2,
        failed: 0,
      },
    });
  });
});
