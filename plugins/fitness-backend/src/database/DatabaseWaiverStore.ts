import type { StoredWaiver } from '@internal/plugin-fitness-common';
import { randomUUID } from 'node:crypto';
import { Knex } from 'knex';
import { NewWaiver, ProposedWaiver, WaiverStore } from './FitnessStore';
import { toWaiver, WaiverRow } from './rows';

/** {@link WaiverStore} on the plugin's database (SQLite or PostgreSQL). */
export class DatabaseWaiverStore implements WaiverStore {
  constructor(private readonly db: Knex) {}

  async waivers(entityRef: string): Promise<StoredWaiver[]> {
    const rows: WaiverRow[] = await this.db('fitness_waivers')
      .where({ entity_ref: entityRef })
      .whereNull('revoked_at')
      .orderBy('created_at', 'asc');
    return rows.map(toWaiver);
  }

  async waiver(id: string) {
    const row: WaiverRow | undefined = await this.db('fitness_waivers')
      .where({ id })
      .first();
    return row && { ...toWaiver(row), revoked: row.revoked_at !== null };
  }

  async entitiesWithWaivers(): Promise<string[]> {
    const rows: Array<{ entity_ref: string }> = await this.db('fitness_waivers')
      .whereNull('revoked_at')
      .distinct('entity_ref');
    return rows.map(r => r.entity_ref);
  }

  async addWaiver(waiver: NewWaiver): Promise<StoredWaiver> {
    const row = {
      id: randomUUID(),
      entity_ref: waiver.entityRef,
      function_id: waiver.functionId,
      reason: waiver.reason,
      adr_ref: waiver.adrRef,
      expires_at: new Date(waiver.expiresAt),
      state: waiver.state,
      source: waiver.source,
      created_by: waiver.createdBy,
      created_at: new Date(),
      revoked_at: null,
    };
    await this.db('fitness_waivers').insert(row);
    return toWaiver(row);
  }

  async approveWaiver(id: string): Promise<void> {
    await this.db('fitness_waivers')
      .where({ id })
      .update({ state: 'approved' });
  }

  async revokeWaiver(id: string, by: string): Promise<void> {
    await this.db('fitness_waivers')
      .where({ id })
      .whereNull('revoked_at')
      .update({ revoked_at: new Date(), revoked_by: by });
  }

  async syncRepositoryWaivers(
    entityRef: string,
    proposals: ProposedWaiver[],
  ): Promise<boolean> {
    const identity = (w: ProposedWaiver) =>
      JSON.stringify([
        w.functionId,
        w.adrRef,
        w.reason,
        new Date(w.expiresAt).toISOString(),
      ]);
    const current = (await this.waivers(entityRef)).filter(
      w => w.source === 'repository',
    );
    const wanted = new Map(proposals.map(p => [identity(p), p]));
    let changed = false;
    for (const waiver of current) {
      if (!wanted.delete(identity(waiver))) {
        await this.revokeWaiver(waiver.id, 'fitness.yaml');
        changed = true;
      }
    }
    for (const proposal of wanted.values()) {
      await this.addWaiver({
        ...proposal,
        entityRef,
        state: 'proposed',
        source: 'repository',
        createdBy: 'fitness.yaml',
      });
      changed = true;
    }
    return changed;
  }
}
