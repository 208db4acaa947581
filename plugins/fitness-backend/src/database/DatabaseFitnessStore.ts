import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { FITNESS_LEVELS, FitnessScore } from '@internal/fitness-engine';
import type {
  FitnessHistoryPoint,
  FitnessLevel,
  FitnessListItem,
  FitnessListPage,
  FitnessProgress,
  FitnessRollup,
  StoredWaiver,
} from '@internal/plugin-fitness-common';
import { randomUUID } from 'node:crypto';
import { ReadCache } from '@internal/read-cache';
import { Knex } from 'knex';
import {
  EntityInfo,
  FitnessStore,
  LatestScan,
  ListQuery,
  NewWaiver,
  ProposedWaiver,
  QueuedScan,
  RollupDimension,
  RunOutcome,
  ScanRecord,
} from './FitnessStore';

const migrationsDir = resolvePackagePath(
  '@internal/plugin-fitness-backend',
  'migrations',
);

type When = Date | string | number;
const toDate = (value: When) =>
  value instanceof Date ? value : new Date(value);
const orUndefined = <T>(value: T | null | undefined) =>
  value === null ? undefined : value;
const levelOf = (value: string) =>
  value === 'none' ? undefined : (value as FitnessLevel);
const levelRank = (level?: FitnessLevel) =>
  level ? FITNESS_LEVELS.indexOf(level) + 1 : 0;

type LatestRow = {
  entity_ref: string;
  title: string;
  owner_ref: string | null;
  system_ref: string | null;
  domain_ref: string | null;
  scan_key: string;
  content_hash: string;
  scanned_at: When;
  checked_at: When;
  score: number | null;
  previous_score: number | null;
  level: string;
  failing: number;
  categories: string;
  results: string;
  warnings: string;
};

type WaiverRow = {
  id: string;
  entity_ref: string;
  function_id: string;
  reason: string;
  adr_ref: string;
  expires_at: When;
  state: string;
  source: string;
  created_by: string;
  created_at: When;
  revoked_at: When | null;
};

function toWaiver(row: WaiverRow): StoredWaiver {
  return {
    id: row.id,
    entityRef: row.entity_ref,
    functionId: row.function_id,
    reason: row.reason,
    adrRef: row.adr_ref,
    expiresAt: toDate(row.expires_at).toISOString(),
    state: row.state as StoredWaiver['state'],
    source: row.source as StoredWaiver['source'],
    createdBy: row.created_by,
    createdAt: toDate(row.created_at).toISOString(),
  };
}

function entityColumns(entity: EntityInfo) {
  return {
    title: entity.title,
    owner_ref: entity.ownerRef ?? null,
    system_ref: entity.systemRef ?? null,
    domain_ref: entity.domainRef ?? null,
  };
}

function scoreColumns(score: FitnessScore) {
  return {
    score: score.overall ?? null,
    sort_score: score.overall ?? -1,
    level: score.level ?? 'none',
    level_rank: levelRank(score.level),
    failing: score.results.filter(
      r => (r.status === 'fail' || r.status === 'error') && !r.waiver,
    ).length,
    categories: JSON.stringify(score.categories),
  };
}

const emptyLevels = (): FitnessListPage['levels'] => ({
  none: 0,
  bronze: 0,
  silver: 0,
  gold: 0,
});

const ROLLUP_COLUMN: Record<RollupDimension, string> = {
  owner: 'owner_ref',
  system: 'system_ref',
  domain: 'domain_ref',
};

const SORT_COLUMN = {
  score: 'sort_score',
  title: 'title',
  level: 'level_rank',
} as const;

/** {@link FitnessStore} on the plugin's database (SQLite or PostgreSQL). */
export class DatabaseFitnessStore implements FitnessStore {
  /** The organisation's list and roll-ups, kept for a few seconds (cleared by writes here). */
  private readonly reads: ReadCache;

  private constructor(private readonly db: Knex, readCacheTtlMs: number) {
    this.reads = new ReadCache(readCacheTtlMs);
  }

  static async create(options: {
    database: DatabaseService;
    /** How long list and roll-up reads are kept; 0 keeps nothing. */
    readCacheTtlMs?: number;
  }) {
    const client = await options.database.getClient();
    if (!options.database.migrations?.skip) {
      await client.migrate.latest({ directory: migrationsDir });
    }
    return new DatabaseFitnessStore(client, options.readCacheTtlMs ?? 0);
  }

  async latest(entityRef: string): Promise<LatestScan | undefined> {
    const row: LatestRow | undefined = await this.db('fitness_latest')
      .where({ entity_ref: entityRef })
      .first();
    if (!row) return undefined;
    return {
      entityRef: row.entity_ref,
      title: row.title,
      ownerRef: orUndefined(row.owner_ref),
      systemRef: orUndefined(row.system_ref),
      domainRef: orUndefined(row.domain_ref),
      scanKey: row.scan_key,
      contentHash: row.content_hash,
      scannedAt: toDate(row.scanned_at),
      checkedAt: toDate(row.checked_at),
      score: orUndefined(row.score),
      previousScore: orUndefined(row.previous_score),
      level: levelOf(row.level),
      categories: JSON.parse(row.categories),
      results: JSON.parse(row.results),
      warnings: JSON.parse(row.warnings),
    };
  }

  async recordScan(record: ScanRecord, score: FitnessScore): Promise<void> {
    this.reads.clear();
    await this.db.transaction(async tx => {
      const [inserted] = await tx('fitness_scans')
        .insert({
          entity_ref: record.entity.entityRef,
          scan_key: record.scanKey,
          content_hash: record.contentHash,
          scanned_at: record.scannedAt,
          score: score.overall ?? null,
          level: score.level ?? 'none',
          results: JSON.stringify(record.results),
          warnings: JSON.stringify(record.warnings),
        })
        .returning('id');
      const scanId = typeof inserted === 'object' ? inserted.id : inserted;
      const previous = await tx('fitness_latest')
        .where({ entity_ref: record.entity.entityRef })
        .first('score');
      await tx('fitness_latest')
        .insert({
          entity_ref: record.entity.entityRef,
          ...entityColumns(record.entity),
          scan_id: scanId,
          scan_key: record.scanKey,
          content_hash: record.contentHash,
          scanned_at: record.scannedAt,
          checked_at: record.scannedAt,
          previous_score: previous?.score ?? null,
          ...scoreColumns(score),
          results: JSON.stringify(record.results),
          warnings: JSON.stringify(record.warnings),
        })
        .onConflict('entity_ref')
        .merge();
    });
  }

  async markChecked(entity: EntityInfo, at: Date): Promise<void> {
    this.reads.clear();
    await this.db('fitness_latest')
      .where({ entity_ref: entity.entityRef })
      .update({ ...entityColumns(entity), checked_at: at });
  }

  async updateScore(entityRef: string, score: FitnessScore): Promise<void> {
    this.reads.clear();
    await this.db('fitness_latest')
      .where({ entity_ref: entityRef })
      .update(scoreColumns(score));
  }

  async scannedEntityRefs(): Promise<string[]> {
    const rows: Array<{ entity_ref: string }> = await this.db(
      'fitness_latest',
    ).select('entity_ref');
    return rows.map(r => r.entity_ref);
  }

  async forgetAllBut(entityRefs: string[]): Promise<number> {
    this.reads.clear();
    const keep = new Set(entityRefs);
    const gone = (await this.scannedEntityRefs()).filter(ref => !keep.has(ref));
    for (let i = 0; i < gone.length; i += 500) {
      await this.db('fitness_latest')
        .whereIn('entity_ref', gone.slice(i, i + 500))
        .delete();
    }
    return gone.length;
  }

  private filtered(
    query: Omit<ListQuery, 'sort' | 'order' | 'offset' | 'limit'>,
  ) {
    const builder = this.db('fitness_latest');
    if (query.ownerRef) builder.where('owner_ref', query.ownerRef);
    if (query.systemRef) builder.where('system_ref', query.systemRef);
    if (query.domainRef) builder.where('domain_ref', query.domainRef);
    return builder;
  }

  list(query: ListQuery): Promise<FitnessListPage> {
    return this.reads.get(JSON.stringify(['list', query]), () =>
      this.readList(query),
    );
  }

  private async readList(query: ListQuery): Promise<FitnessListPage> {
    const levelRows: Array<{ level: string; count: number | string }> =
      await this.filtered(query)
        .select('level')
        .count({ count: '*' })
        .groupBy('level');
    const levels = emptyLevels();
    for (const row of levelRows) {
      levels[row.level as keyof typeof levels] = Number(row.count);
    }
    const page = this.filtered(query);
    if (query.level) page.where('level', query.level);
    const rows: Array<
      Omit<
        LatestRow,
        | 'results'
        | 'warnings'
        | 'categories'
        | 'scan_key'
        | 'content_hash'
        | 'checked_at'
      >
    > = await page
      .clone()
      .select(
        'entity_ref',
        'title',
        'owner_ref',
        'system_ref',
        'domain_ref',
        'score',
        'previous_score',
        'level',
        'failing',
        'scanned_at',
      )
      .orderBy([
        { column: SORT_COLUMN[query.sort], order: query.order },
        { column: 'entity_ref', order: 'asc' },
      ])
      .offset(query.offset)
      .limit(query.limit);
    const items: FitnessListItem[] = rows.map(row => ({
      entityRef: row.entity_ref,
      title: row.title,
      ownerRef: orUndefined(row.owner_ref),
      systemRef: orUndefined(row.system_ref),
      domainRef: orUndefined(row.domain_ref),
      score: orUndefined(row.score),
      previousScore: orUndefined(row.previous_score),
      level: levelOf(row.level),
      failing: row.failing,
      scannedAt: toDate(row.scanned_at).toISOString(),
    }));
    const totalItems = query.level
      ? levels[query.level]
      : Object.values(levels).reduce((a, b) => a + b, 0);
    return { items, totalItems, levels };
  }

  rollups(by: RollupDimension): Promise<FitnessRollup[]> {
    return this.reads.get(`rollups:${by}`, () => this.readRollups(by));
  }

  private async readRollups(by: RollupDimension): Promise<FitnessRollup[]> {
    const column = ROLLUP_COLUMN[by];
    const rows: Array<{
      key: string | null;
      level: string;
      services: number | string;
      total: number | string | null;
      scored: number | string;
    }> = await this.db('fitness_latest')
      .select({ key: column, level: 'level' })
      .count({ services: '*' })
      .count({ scored: 'score' })
      .sum({ total: 'score' })
      .groupBy(column, 'level');
    const byKey = new Map<
      string,
      {
        services: number;
        scored: number;
        total: number;
        levels: FitnessRollup['levels'];
      }
    >();
    for (const row of rows) {
      const key = row.key ?? '(none)';
      const entry = byKey.get(key) ?? {
        services: 0,
        scored: 0,
        total: 0,
        levels: emptyLevels(),
      };
      entry.services += Number(row.services);
      entry.scored += Number(row.scored);
      entry.total += Number(row.total ?? 0);
      entry.levels[row.level as keyof FitnessRollup['levels']] += Number(
        row.services,
      );
      byKey.set(key, entry);
    }
    return [...byKey.entries()]
      .map(([key, e]) => ({
        key,
        services: e.services,
        averageScore:
          e.scored > 0 ? Math.round((e.total / e.scored) * 10) / 10 : undefined,
        levels: e.levels,
      }))
      .sort(
        (a, b) =>
          (a.averageScore ?? -1) - (b.averageScore ?? -1) ||
          a.key.localeCompare(b.key),
      );
  }

  async history(
    entityRef: string,
    since: Date,
  ): Promise<FitnessHistoryPoint[]> {
    const rows: Array<{
      scanned_at: When;
      score: number | null;
      level: string;
    }> = await this.db('fitness_scans')
      .where({ entity_ref: entityRef })
      .andWhere('scanned_at', '>=', since)
      .orderBy('scanned_at', 'asc')
      .select('scanned_at', 'score', 'level');
    return rows.map(row => ({
      scannedAt: toDate(row.scanned_at).toISOString(),
      score: orUndefined(row.score),
      level: levelOf(row.level),
    }));
  }

  async pruneHistory(before: Date): Promise<number> {
    return this.db('fitness_scans')
      .where('scanned_at', '<', before)
      .whereNotIn('id', this.db('fitness_latest').select('scan_id'))
      .delete();
  }

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
