import { fitnessTestDatabases } from '../__testUtils__/fitnessStores';

const databases = fitnessTestDatabases();

describe.each(databases.ids)('fitness waiver store on %s', databaseId => {
  const createStore = async () => databases.open(databaseId);

  it('keeps waivers: add, approve, revoke, and syncs a repository’s proposals', async () => {
    const { waivers } = await createStore();
    const ref = 'component:default/orders';
    const portal = await waivers.addWaiver({
      entityRef: ref,
      functionId: 'a',
      reason: 'legacy',
      adrRef: 'ADR-0003',
      expiresAt: '2027-01-01T00:00:00.000Z',
      state: 'approved',
      source: 'portal',
      createdBy: 'user:default/grace',
    });
    const proposal = {
      functionId: 'b',
      reason: 'later',
      adrRef: 'ADR-0004',
      expiresAt: '2027-02-01T23:59:59.000Z',
    };
    expect(await waivers.syncRepositoryWaivers(ref, [proposal])).toBe(true);
    expect(await waivers.syncRepositoryWaivers(ref, [proposal])).toBe(false);
    const kept = await waivers.waivers(ref);
    expect(kept.map(w => [w.functionId, w.state, w.source])).toEqual([
      ['a', 'approved', 'portal'],
      ['b', 'proposed', 'repository'],
    ]);
    await waivers.approveWaiver(kept[1].id);
    expect((await waivers.waiver(kept[1].id))?.state).toBe('approved');
    await waivers.revokeWaiver(portal.id, 'user:default/grace');
    expect((await waivers.waiver(portal.id))?.revoked).toBe(true);
    expect(await waivers.entitiesWithWaivers()).toEqual([ref]);
    expect(await waivers.syncRepositoryWaivers(ref, [])).toBe(true);
    expect(await waivers.waivers(ref)).toEqual([]);
  });
});
