import { FitnessScore } from '@internal/fitness-engine';
import type {
  FitnessHistoryPoint,
  FitnessListItem,
  FitnessListPage,
  FitnessListQuery,
  FitnessRollup,
  TemplateDrift,
} from '@internal/plugin-fitness-common';
import { ReadCache } from '@internal/read-cache';
import { Knex } from 'knex';
import {
  EntityInfo,
  FitnessStore,
  LatestScan,
  RollupDimension,
  ScanRecord,
} from './FitnessStore';
import {
  droppedFromColumn,
  entityColumns,
  LatestRow,
  levelOf,
  orUndefined,
  scoreColumns,
  toDate,
  When,
} from './rows';

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

  /** `readCacheTtlMs`: how long list and roll-up reads are kept; 0 keeps nothing. */
  constructor(private readonly db: Knex, readCacheTtlMs: number) {
    this.reads = new ReadCache(readCacheTtlMs);
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
        .first('score', 'level', 'dropped_from');
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
          ...droppedFromColumn(previous, score.level),
          template_drift: record.drift ?? null,
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
    await this.db.transaction(async tx => {
      const before = await tx('fitness_latest')
        .where({ entity_ref: entityRef })
        .first('level', 'dropped_from');
      await tx('fitness_latest')
        .where({ entity_ref: entityRef })
        .update({
          ...scoreColumns(score),
          ...droppedFromColumn(before, score.level),
        });
    });
  }

  async scannedEntityRefs(): Promise<string[]> {
    const rows: Array<{ entity_ref: string }> = await this.db(
      'fitness_latest',
    ).select('entity_ref');
    return rows.map(r => r.entity_ref);
  }

  async scannedSince(since: Date): Promise<string[]> {
    const rows: Array<{ entity_ref: string }> = await this.db('fitness_latest')
      .where('scanned_at', '>=', since)
      .select('entity_ref');
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
    query: Omit<FitnessListQuery, 'sort' | 'order' | 'offset' | 'limit'>,
  ) {
    const builder = this.db('fitness_latest');
    if (query.owner) builder.where('owner_ref', query.owner);
    if (query.system) builder.where('system_ref', query.system);
    if (query.domain) builder.where('domain_ref', query.domain);
    if (query.drift) builder.where('template_drift', query.drift);
    if (query.dropped) builder.whereNotNull('dropped_from');
    return builder;
  }

  list(query: FitnessListQuery): Promise<FitnessListPage> {
    return this.reads.get(JSON.stringify(['list', query]), () =>
      this.readList(query),
    );
  }

  private async readList(query: FitnessListQuery): Promise<FitnessListPage> {
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
        'template_drift',
        'dropped_from',
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
      drift: orUndefined(row.template_drift) as TemplateDrift | undefined,
      droppedFrom: levelOf(row.dropped_from ?? 'none'),
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
}
