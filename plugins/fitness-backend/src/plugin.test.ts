import { appendFileSync } from 'node:fs';
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
} from './__testUtils__/fitnessBackend';

describe('fitness backend', () => {
  startFitnessBackendForThisFile();

  it('finds platform-api’s layer violations with file:line', async () => {
    const api = await fitnessOf('platform-api');
    const layers = resultOf(api, 'layer-contracts');
    expect(layers.status).toBe('fail');
    expect(layers.title).toBe('Layer contracts are kept');
    expect(layers.evidence.map(e => `${e.path}:${e.line}`)).toEqual(
      expect.arrayContaining([
        'src/platform_api/domain/route.py:6',
        'src/platform_api/application/forward_request.py:5',
      ]),
    );
    expect(api.level).toBeUndefined();
    expect(api.ownerRef).toBe('group:default/platform');
  });

  it('finds the cycle in catalog-service, and that its owner group is not in the catalog', async () => {
    const catalogService = await fitnessOf('catalog-service');
    expect(resultOf(catalogService, 'import-cycles').status).toBe('fail');
    expect(resultOf(catalogService, 'owner-is-group').summary).toBe(
      'The owner group:default/catalog is not in the catalog.',
    );
  });

  it('fails template-currency for a service two major versions behind its golden path', async () => {
    const result = resultOf(
      await fitnessOf('catalog-service'),
      'template-currency',
    );
    expect(result).toMatchObject({
      status: 'fail',
      summary:
        '2 major versions behind template:default/python-layered-service: 0.2.0 → 2.1.0.',
    });
    expect(
      resultOf(await fitnessOf('platform-user'), 'template-currency').status,
    ).toBe('not-applicable');
    const major = await get('/list?drift=major');
    expect(
      major.body.items.map((i: { entityRef: string; drift: string }) => [
        i.entityRef,
        i.drift,
      ]),
    ).toEqual([['component:default/catalog-service', 'major']]);
    expect((await get('/list?drift=sideways')).status).toBe(400);
  });

  it('lists no dropped levels after the first scans, and refuses a bad filter', async () => {
    const dropped = await get('/list?dropped=true');
    expect(dropped.status).toBe(200);
    expect(dropped.body.items).toEqual([]);
    expect((await get('/list?dropped=yes')).status).toBe(400);
  });

  it('scores platform-user from its source and the catalog: runbook, SLOs, ADRs', async () => {
    const platformUser = await fitnessOf('platform-user');
    const statuses = Object.fromEntries(
      platformUser.results.map(r => [r.functionId, r.status]),
    );
    expect(statuses).toMatchObject({
      'layer-contracts': 'pass',
      'ports-have-adapters': 'pass',
      'slos-defined': 'pass',
      'runbook-covers-alerts': 'pass',
      'adrs-recorded': 'pass',
      'owner-is-group': 'pass',
      'has-readme': 'warn',
    });
    expect(platformUser.level).toBe('silver');
  });

  it('turns an unreadable tree into error results without stopping the run', async () => {
    const outsiderFitness = await fitnessOf('outsider');
    expect(new Set(outsiderFitness.results.map(r => r.status))).toEqual(
      new Set(['error']),
    );
    expect(outsiderFitness.results[0].summary).toMatch(
      /^Not scanned: .*outside the folders the portal may read/,
    );
  });

  it('adds no history row for an unchanged tree, and exactly one for a changed one', async () => {
    expect(await historyLength('platform-user')).toBe(1);
    await runTask('fitness-scan');
    expect(await historyLength('platform-user')).toBe(1);
    appendFileSync(
      join(root, 'platform-user/src/platform_user/domain/email.py'),
      '\n# touched\n',
    );
    await runTask('fitness-scan');
    expect(await historyLength('platform-user')).toBe(2);
    expect((await get('/progress')).body).toMatchObject({
      queued: 0,
      running: 0,
      done: 4,
      lastRun: { scanned: 1, unchanged: 2, failed: 1 },
    });
  });

  it('checks a service scanned minutes ago again on the frequent new-entity task', async () => {
    const before = await historyLength('platform-user');
    await runTask('fitness-scan-new');
    expect(await historyLength('platform-user')).toBe(before);
    // A just-created service whose facts or files change while it settles.
    appendFileSync(
      join(root, 'platform-user/src/platform_user/domain/email.py'),
      '\n# settled\n',
    );
    await runTask('fitness-scan-new');
    expect(await historyLength('platform-user')).toBe(before + 1);
  });

  it('lists by score and rolls up by owner', async () => {
    const list = await get('/list?sort=score&order=asc&limit=2');
    expect(list.status).toBe(200);
    expect(list.body.totalItems).toBe(4);
    expect(list.body.items.map((i: { title: string }) => i.title)).toEqual([
      'outsider',
      expect.any(String),
    ]);
    const rollups = await get('/rollups?by=owner');
    expect(
      rollups.body.items.map((r: { key: string; services: number }) => [
        r.key,
        r.services,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['group:default/platform', 2],
        ['group:default/identity', 1],
      ]),
    );
    const domains = await get('/rollups?by=domain');
    expect(
      domains.body.items.map((r: { key: string; services: number }) => [
        r.key,
        r.services,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['domain:default/platform', 2],
        ['(none)', 2],
      ]),
    );
  });

  it('runs an asked-for rescan at once; of an unchanged tree it adds no row', async () => {
    const before = await fitnessOf('platform-user');
    const rows = await historyLength('platform-user');
    // The mock scheduler runs the triggered rescan task before answering.
    const asked = await backendRequest()
      .post('/api/fitness/entities/component/default/platform-user/rescan')
      .set('Authorization', user);
    expect(asked.status).toBe(202);
    const after = await fitnessOf('platform-user');
    expect(after.rescanQueued).toBe(false);
    expect(Date.parse(after.checkedAt)).toBeGreaterThan(
      Date.parse(before.checkedAt),
    );
    expect(await historyLength('platform-user')).toBe(rows);
  });

  it.each([
    ['/list?limit=1000', /limit/],
    ['/list?sort=owner', /sort/],
    ['/list?owner=not-a-ref', /owner: use kind:namespace\/name/],
    ['/rollups?by=planet', /by/],
    ['/entities/component/default/platform-api/history?days=0', /days/],
  ])('refuses %s with a clear 400', async (path, message) => {
    const res = await get(path);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(message);
  });

  it.each([
    [
      { functionId: 'no-such-function' },
      /functionId: no fitness function has this id/,
    ],
    [{ expiresAt: '2001-01-01' }, /expiresAt: must be in the future/],
    [{ adrRef: '' }, /adrRef/],
    [{ extra: 1 }, /Unrecognized key/],
  ])('refuses a bad waiver %j', async (change, message) => {
    const res = await backendRequest()
      .post('/api/fitness/waivers')
      .set('Authorization', user)
      .send({
        entityRef: 'component:default/platform-api',
        functionId: 'layer-contracts',
        reason: 'r',
        adrRef: 'ADR-0002',
        expiresAt: '2099-01-01',
        ...change,
      });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(message);
  });

  it('answers 404 for an entity it does not know', async () => {
    const res = await get('/entities/component/default/nobody');
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe(
      'No entity component:default/nobody in the catalog.',
    );
  });
});
