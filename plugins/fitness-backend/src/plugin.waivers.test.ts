import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  backendRequest,
  fitnessOf,
  get,
  historyLength,
  resultOf,
  root,
  runTask,
  startFitnessBackendForThisFile,
  user,
  waiveLayerContracts,
} from './__testUtils__/fitnessBackend';

describe('fitness backend: waivers', () => {
  startFitnessBackendForThisFile();

  it('re-scores at once when an architect waives a failure, and again when it is revoked', async () => {
    const before = await fitnessOf('platform-api');
    const rows = await historyLength('platform-api');
    const created = await waiveLayerContracts(
      'The gateway calls the upstream client directly until the split.',
    );
    expect(created.status).toBe(201);
    const after = await fitnessOf('platform-api');
    expect(resultOf(after, 'layer-contracts').waiver?.adrRef).toBe(
      'docs/adr/0002-route-directly.md',
    );
    expect(after.score!).toBeGreaterThan(before.score!);
    expect(await historyLength('platform-api')).toBe(rows);
    const listed = await get('/list?sort=title&order=asc');
    const row = listed.body.items.find(
      (i: { entityRef: string }) =>
        i.entityRef === 'component:default/platform-api',
    );
    expect(row.score).toBe(after.score);

    const revoked = await backendRequest()
      .delete(`/api/fitness/waivers/${created.body.id}`)
      .set('Authorization', user);
    expect(revoked.status).toBe(204);
    expect((await fitnessOf('platform-api')).score).toBe(before.score);
  });

  it('stops counting a waiver once it expires, when the entity is next read', async () => {
    const before = await fitnessOf('platform-api');
    const created = await waiveLayerContracts('Accepted until the split.');
    expect(created.status).toBe(201);
    expect((await fitnessOf('platform-api')).score!).toBeGreaterThan(
      before.score!,
    );
    // Only the clock moves on: timers and I/O run as they do.
    jest.useFakeTimers({
      doNotFake: [
        'hrtime',
        'nextTick',
        'performance',
        'queueMicrotask',
        'requestAnimationFrame',
        'cancelAnimationFrame',
        'requestIdleCallback',
        'cancelIdleCallback',
        'setImmediate',
        'clearImmediate',
        'setInterval',
        'clearInterval',
        'setTimeout',
        'clearTimeout',
      ],
      now: new Date('2099-01-02T00:00:00Z'),
    });
    try {
      const expired = await fitnessOf('platform-api');
      expect(expired.score).toBe(before.score);
      expect(resultOf(expired, 'layer-contracts').waiver).toBeUndefined();
      expect(resultOf(expired, 'layer-contracts').inactiveWaiver?.why).toBe(
        'expired',
      );
    } finally {
      jest.useRealTimers();
    }
    const revoked = await backendRequest()
      .delete(`/api/fitness/waivers/${created.body.id}`)
      .set('Authorization', user);
    expect(revoked.status).toBe(204);
  });

  it('shows a waiver proposed in fitness.yaml as pending until an architect approves it', async () => {
    writeFileSync(
      join(root, 'catalog-service/fitness.yaml'),
      'waivers:\n  - function: import-cycles\n    reason: Product and pricing are split next quarter.\n    adr: docs/adr/0002-split-pricing.md\n    expires: 2099-06-30\n',
    );
    await runTask('fitness-scan');
    const pending = await fitnessOf('catalog-service');
    const cycles = resultOf(pending, 'import-cycles');
    expect(cycles.waiver).toBeUndefined();
    expect(cycles.inactiveWaiver).toMatchObject({
      why: 'proposed',
      source: 'repository',
      adrRef: 'docs/adr/0002-split-pricing.md',
    });
    const approved = await backendRequest()
      .post(`/api/fitness/waivers/${cycles.inactiveWaiver!.id}/approve`)
      .set('Authorization', user);
    expect(approved.status).toBe(200);
    const after = await fitnessOf('catalog-service');
    expect(resultOf(after, 'import-cycles').waiver?.state).toBe('approved');
    expect(after.score!).toBeGreaterThan(pending.score!);
  });

  it('adds no row for an asked-for rescan of an unchanged tree with a waiver', async () => {
    const created = await waiveLayerContracts('Accepted until the split.');
    expect(created.status).toBe(201);
    const rows = await historyLength('platform-api');
    const asked = await backendRequest()
      .post('/api/fitness/entities/component/default/platform-api/rescan')
      .set('Authorization', user);
    expect(asked.status).toBe(202);
    expect(await historyLength('platform-api')).toBe(rows);
    const after = await fitnessOf('platform-api');
    expect(resultOf(after, 'layer-contracts').waiver?.reason).toBe(
      'Accepted until the split.',
    );
    await backendRequest()
      .delete(`/api/fitness/waivers/${created.body.id}`)
      .set('Authorization', user);
  });
});
