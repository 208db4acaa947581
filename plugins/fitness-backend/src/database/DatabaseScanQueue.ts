import type { FitnessProgress } from '@internal/plugin-fitness-common';
import { Knex } from 'knex';
import { QueuedScan, RunOutcome, ScanQueue } from './FitnessStore';
import { toDate, When } from './rows';

/** {@link ScanQueue} on the plugin's database (SQLite or PostgreSQL). */
export class DatabaseScanQueue implements ScanQueue {
  constructor(private readonly db: Knex) {}

  async enqueue(entityRef: string, requestedBy: string): Promise<void> {
    await this.db('fitness_queue')
      .insert({
        entity_ref: entityRef,
        requested_by: requestedBy,
        requested_at: new Date(),
        started_at: null,
        force: true,
      })
      .onConflict('entity_ref')
      .merge();
  }

  async enqueueScheduled(entityRefs: string[]): Promise<void> {
    const now = new Date();
    for (let i = 0; i < entityRefs.length; i += 500) {
      await this.db('fitness_queue')
        .insert(
          entityRefs.slice(i, i + 500).map(entityRef => ({
            entity_ref: entityRef,
            requested_by: 'schedule',
            requested_at: now,
            started_at: null,
            force: false,
          })),
        )
        .onConflict('entity_ref')
        .ignore();
    }
  }

  async claimQueued(limit: number): Promise<QueuedScan[]> {
    const rows: Array<{
      entity_ref: string;
      requested_at: When;
      requested_by: string;
      force: boolean | number;
    }> = await this.db('fitness_queue')
      .whereNull('started_at')
      .orderBy([
        { column: 'force', order: 'desc' },
        { column: 'requested_at', order: 'asc' },
      ])
      .limit(limit)
      .select('entity_ref', 'requested_at', 'requested_by', 'force');
    const claimed: QueuedScan[] = [];
    for (const row of rows) {
      const updated = await this.db('fitness_queue')
        .where({ entity_ref: row.entity_ref, requested_at: row.requested_at })
        .whereNull('started_at')
        .update({ started_at: new Date() });
      if (updated === 1) {
        claimed.push({
          entityRef: row.entity_ref,
          requestedAt: toDate(row.requested_at),
          requestedBy: row.requested_by,
          force: Boolean(row.force),
        });
      }
    }
    return claimed;
  }

  async finishQueued(scan: QueuedScan): Promise<void> {
    await this.db('fitness_queue')
      .where({ entity_ref: scan.entityRef, requested_at: scan.requestedAt })
      .delete();
  }

  async isQueued(entityRef: string): Promise<boolean> {
    return (
      (await this.db('fitness_queue')
        .where({ entity_ref: entityRef })
        .first()) !== undefined
    );
  }

  async startRun(at: Date): Promise<number> {
    // Runs are a global task: a scan still marked running was cut off with its replica.
    await this.db('fitness_queue')
      .whereNotNull('started_at')
      .update({ started_at: null });
    const [inserted] = await this.db('fitness_runs')
      .insert({ started_at: at })
      .returning('id');
    return Number(typeof inserted === 'object' ? inserted.id : inserted);
  }

  async countRun(runId: number, outcome: RunOutcome): Promise<void> {
    await this.db('fitness_runs').where({ id: runId }).increment(outcome, 1);
  }

  async finishRun(runId: number, at: Date): Promise<void> {
    await this.db('fitness_runs')
      .where({ id: runId })
      .update({ finished_at: at });
    await this.db('fitness_runs')
      .where('id', '<', runId - 100)
      .delete();
  }

  async progress(): Promise<FitnessProgress> {
    const queue: Array<{ running: boolean | number; count: number | string }> =
      await this.db('fitness_queue')
        .select(this.db.raw('(started_at is not null) as running'))
        .count({ count: '*' })
        .groupByRaw('(started_at is not null)');
    let queued = 0;
    let running = 0;
    for (const row of queue) {
      if (row.running === true || row.running === 1)
        running = Number(row.count);
      else queued = Number(row.count);
    }
    const run = await this.db('fitness_runs').orderBy('id', 'desc').first();
    return {
      queued,
      running,
      done: run ? run.scanned + run.unchanged + run.failed : 0,
      lastRun: run && {
        startedAt: toDate(run.started_at).toISOString(),
        finishedAt: run.finished_at
          ? toDate(run.finished_at).toISOString()
          : undefined,
        scanned: run.scanned,
        unchanged: run.unchanged,
        failed: run.failed,
      },
    };
  }
}
