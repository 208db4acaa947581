import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import {
  ObjectiveEvaluation,
  SloBoardItem,
  SloBoardPage,
  SloEvaluation,
  SloHistoryPoint,
  SloStatus,
} from '@internal/plugin-slo-common';
import { Knex } from 'knex';
import { BoardQuery, SloStore, StoredEvaluation } from './SloStore';

const migrationsDir = resolvePackagePath(
  '@internal/plugin-slo-backend',
  'migrations',
);

/** Where SLOs without a budget sort on the board: after every number. */
const NO_BUDGET_ORDER = Number.MAX_VALUE;

type LatestRow = {
  slo_ref: string;
  title: string;
  component_ref: string;
  owner_ref: string | null;
  system_ref: string | null;
  status: string;
  budget_remaining: number | null;
  sli: number | null;
  target: number | null;
  evaluated_at: Date | string | number;
  unreachable_since: Date | string | number | null;
  board_order: number;
  message: string | null;
  evaluation: string;
};

type BoardRow = Omit<LatestRow, 'evaluation' | 'unreachable_since'>;

const toDate = (value: Date | string | number) =>
  value instanceof Date ? value : new Date(value);
const orUndefined = <T>(value: T | null | undefined) =>
  value === null ? undefined : value;

/** The objective whose budget is lowest stands for the whole SLO. */
function headline(objectives: ObjectiveEvaluation[]) {
  return [...objectives].sort(
    (a, b) => (a.budgetRemaining ?? Infinity) - (b.budgetRemaining ?? Infinity),
  )[0];
}

function toBoardItem(row: BoardRow): SloBoardItem {
  return {
    sloRef: row.slo_ref,
    title: row.title,
    componentRef: row.component_ref,
    ownerRef: orUndefined(row.owner_ref),
    systemRef: orUndefined(row.system_ref),
    status: row.status as SloStatus,
    message: orUndefined(row.message),
    target: orUndefined(row.target),
    sli: orUndefined(row.sli),
    budgetRemaining: orUndefined(row.budget_remaining),
    evaluatedAt: toDate(row.evaluated_at).toISOString(),
  };
}

/** {@link SloStore} on the plugin's database (SQLite or PostgreSQL). */
export class DatabaseSloStore implements SloStore {
  private constructor(private readonly db: Knex) {}

  static async create(options: { database: DatabaseService }) {
    const client = await options.database.getClient();
    if (!options.database.migrations?.skip) {
      await client.migrate.latest({ directory: migrationsDir });
    }
    return new DatabaseSloStore(client);
  }

  async save(entry: StoredEvaluation): Promise<SloEvaluation> {
    const { evaluation } = entry;
    const evaluatedAt = new Date(evaluation.evaluatedAt);
    return this.db.transaction(async tx => {
      const previous:
        | Pick<LatestRow, 'status' | 'evaluated_at' | 'unreachable_since'>
        | undefined = await tx('slo_latest')
        .where({ slo_ref: evaluation.sloRef })
        .first('status', 'evaluated_at', 'unreachable_since');
      let unreachableSince: Date | undefined;
      let stored = evaluation;
      if (evaluation.status === 'unreachable') {
        unreachableSince =
          previous?.status === 'unreachable' && previous.unreachable_since
            ? toDate(previous.unreachable_since)
            : evaluatedAt;
        stored = {
          ...evaluation,
          message: `source unreachable since ${unreachableSince.toISOString()}: ${
            evaluation.message
          }`,
        };
      }
      const top = headline(stored.objectives);
      const row = {
        slo_ref: stored.sloRef,
        title: entry.title,
        component_ref: entry.componentRef,
        owner_ref: entry.ownerRef ?? null,
        system_ref: entry.systemRef ?? null,
        status: stored.status,
        budget_remaining: top?.budgetRemaining ?? null,
        sli: top?.sli ?? null,
        target: top?.target ?? null,
        evaluated_at: evaluatedAt,
        unreachable_since: unreachableSince ?? null,
        board_order: top?.budgetRemaining ?? NO_BUDGET_ORDER,
        message: stored.message ?? null,
        evaluation: JSON.stringify(stored),
      };
      await tx('slo_latest').insert(row).onConflict('slo_ref').merge();
      await tx('slo_snapshots').insert({
        slo_ref: stored.sloRef,
        evaluated_at: evaluatedAt,
        status: stored.status,
        budget_remaining: row.budget_remaining,
        sli: row.sli,
      });
      return stored;
    });
  }

  async latest(sloRefs: string[]): Promise<Map<string, SloEvaluation>> {
    const rows: Pick<LatestRow, 'slo_ref' | 'evaluation'>[] = sloRefs.length
      ? await this.db('slo_latest')
          .whereIn('slo_ref', sloRefs)
          .select('slo_ref', 'evaluation')
      : [];
    return new Map(rows.map(r => [r.slo_ref, JSON.parse(r.evaluation)]));
  }

  async board(query: BoardQuery): Promise<SloBoardPage> {
    const filtered = () => {
      const q = this.db<LatestRow>('slo_latest');
      if (query.owner) q.where('owner_ref', query.owner);
      if (query.system) q.where('system_ref', query.system);
      if (query.status) q.whereIn('status', query.status);
      return q;
    };
    const [count] = await filtered().count({ n: '*' });
    const rows: BoardRow[] = await filtered()
      .orderBy([
        { column: 'board_order', order: 'asc' },
        { column: 'slo_ref', order: 'asc' },
      ])
      .offset(query.offset)
      .limit(query.limit)
      .select(
        'slo_ref',
        'title',
        'component_ref',
        'owner_ref',
        'system_ref',
        'status',
        'budget_remaining',
        'sli',
        'target',
        'evaluated_at',
        'board_order',
        'message',
      );
    return { items: rows.map(toBoardItem), totalItems: Number(count.n) };
  }

  async history(sloRef: string, since: Date): Promise<SloHistoryPoint[]> {
    const rows: {
      evaluated_at: Date | string | number;
      status: string;
      budget_remaining: number | null;
      sli: number | null;
    }[] = await this.db('slo_snapshots')
      .where('slo_ref', sloRef)
      .andWhere('evaluated_at', '>=', since)
      .orderBy('evaluated_at', 'asc')
      .select('evaluated_at', 'status', 'budget_remaining', 'sli');
    return rows.map(r => ({
      evaluatedAt: toDate(r.evaluated_at).toISOString(),
      status: r.status as SloStatus,
      budgetRemaining: orUndefined(r.budget_remaining),
      sli: orUndefined(r.sli),
    }));
  }

  async prune(options: { keep: string[]; before: Date }): Promise<void> {
    await this.db.transaction(async tx => {
      await tx('slo_latest').whereNotIn('slo_ref', options.keep).delete();
      await tx('slo_snapshots')
        .whereNotIn('slo_ref', options.keep)
        .orWhere('evaluated_at', '<', options.before)
        .delete();
    });
  }
}
