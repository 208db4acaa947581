import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { ReadCache } from '@internal/read-cache';
import { Knex } from 'knex';
import { AdrIndexQuery, AdrIndexStore, IndexedAdr } from './AdrIndexStore';

const migrationsDir = resolvePackagePath(
  '@internal/plugin-adr-backend',
  'migrations',
);

type RecordRow = {
  entity_ref: string;
  file: string;
  number: number | null;
  title: string;
  status: string;
  status_text: string;
  date: string | null;
  superseded_by: number | null;
  supersedes: string;
  decision_makers: string;
  owner: string | null;
  system: string | null;
  domain: string | null;
};

const orUndefined = <T>(value: T | null) =>
  value === null ? undefined : value;

function toIndexedAdr(row: RecordRow): IndexedAdr {
  return {
    entityRef: row.entity_ref,
    file: row.file,
    number: orUndefined(row.number),
    title: row.title,
    status: row.status as IndexedAdr['status'],
    statusText: row.status_text,
    date: orUndefined(row.date),
    supersededBy: orUndefined(row.superseded_by),
    supersedes: JSON.parse(row.supersedes),
    decisionMakers: JSON.parse(row.decision_makers),
    owner: orUndefined(row.owner),
    system: orUndefined(row.system),
    domain: orUndefined(row.domain),
  };
}

/** {@link AdrIndexStore} on the plugin's database (SQLite or PostgreSQL). */
export class DatabaseAdrIndexStore implements AdrIndexStore {
  /** Index pages, kept for a few seconds (cleared by writes here). */
  private readonly reads: ReadCache;

  private constructor(private readonly db: Knex, readCacheTtlMs: number) {
    this.reads = new ReadCache(readCacheTtlMs);
  }

  static async create(options: {
    database: DatabaseService;
    /** How long index pages are kept; 0 keeps nothing. */
    readCacheTtlMs?: number;
  }) {
    const client = await options.database.getClient();
    if (!options.database.migrations?.skip) {
      await client.migrate.latest({ directory: migrationsDir });
    }
    return new DatabaseAdrIndexStore(client, options.readCacheTtlMs ?? 0);
  }

  async folderHash(entityRef: string) {
    const row = await this.db('adr_index_folders')
      .where({ entity_ref: entityRef })
      .first('content_hash');
    return row?.content_hash as string | undefined;
  }

  async proposedFiles(entityRef: string) {
    const rows: Array<{ file: string }> = await this.db('adr_index_records')
      .where({ entity_ref: entityRef, status: 'proposed' })
      .select('file');
    return rows.map(r => r.file);
  }

  async replaceEntity(options: Parameters<AdrIndexStore['replaceEntity']>[0]) {
    this.reads.clear();
    const { entityRef, contentHash, ownership, adrs, failures } = options;
    await this.db.transaction(async tx => {
      await tx('adr_index_records').where({ entity_ref: entityRef }).delete();
      if (adrs.length > 0) {
        await tx.batchInsert(
          'adr_index_records',
          adrs.map(adr => ({
            entity_ref: entityRef,
            file: adr.file,
            number: adr.number ?? null,
            title: adr.title,
            status: adr.status,
            status_text: adr.statusText,
            date: adr.date ?? null,
            superseded_by: adr.supersededBy ?? null,
            supersedes: JSON.stringify(adr.supersedes),
            decision_makers: JSON.stringify(adr.decisionMakers),
            owner: ownership.owner ?? null,
            system: ownership.system ?? null,
            domain: ownership.domain ?? null,
          })),
          100,
        );
      }
      await tx('adr_index_folders')
        .insert({
          entity_ref: entityRef,
          content_hash: contentHash,
          failures: JSON.stringify(failures),
          refreshed_at: new Date(),
        })
        .onConflict('entity_ref')
        .merge();
    });
  }

  async retainOnly(entityRefs: string[]) {
    this.reads.clear();
    const keep = new Set(entityRefs);
    const known: string[] = (
      await this.db('adr_index_folders').select('entity_ref')
    ).map((r: { entity_ref: string }) => r.entity_ref);
    const gone = known.filter(ref => !keep.has(ref));
    for (let i = 0; i < gone.length; i += 500) {
      const batch = gone.slice(i, i + 500);
      await this.db.transaction(async tx => {
        await tx('adr_index_records').whereIn('entity_ref', batch).delete();
        await tx('adr_index_folders').whereIn('entity_ref', batch).delete();
      });
    }
  }

  query(query: AdrIndexQuery) {
    return this.reads.get(JSON.stringify(query), () => this.readQuery(query));
  }

  private async readQuery(query: AdrIndexQuery) {
    const filtered = this.db<RecordRow>('adr_index_records').where(builder => {
      if (query.status) builder.whereIn('status', query.status);
      if (query.owner) builder.where('owner', query.owner);
      if (query.system) builder.where('system', query.system);
      if (query.domain) builder.where('domain', query.domain);
      if (query.from) builder.where('date', '>=', query.from);
      if (query.to) builder.where('date', '<=', query.to);
    });
    const [{ count }] = await filtered.clone().count({ count: '*' });
    const rows = await filtered
      .clone()
      // Undated records last, the same on SQLite and PostgreSQL.
      .orderByRaw('CASE WHEN date IS NULL THEN 1 ELSE 0 END')
      .orderBy([
        { column: 'date', order: 'desc' },
        { column: 'entity_ref' },
        { column: 'file' },
      ])
      .limit(query.limit)
      .offset(query.offset);
    return { items: rows.map(toIndexedAdr), totalItems: Number(count) };
  }
}
