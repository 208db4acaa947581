/*
 * The organisation SLO board under load: 1,000 SLOs with 30 days of
 * history in the embedded default's SQLite, pages of 50, 20 concurrent
 * connections (wrk) with a real token, 30 s per phase, three runs. The baseline, in
 * the same runs and on the same server, is the catalog's read of one entity
 * by name with the same token.
 * Goal (issue 4): board p95 ≤ 50 ms. Run: bash bench/run.sh slo
 */
import knexFactory from 'knex';
import { join } from 'node:path';
import { compareWithBaseline } from '../load';
import { startPortal } from '../portal';

const SLOS = 1000;
const SNAPSHOTS_PER_SLO = 120; // 30 days, one every 6 hours
const PAGE = 50;
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

// No scheduled evaluation during the run: it would replace the seeded rows.
const CONFIG = `
slo:
  schedule:
    frequency: { hours: 24 }
    timeout: { minutes: 10 }
    initialDelay: { hours: 24 }
`;

function evaluation(ref: string, at: Date, budget: number) {
  return {
    sloRef: ref,
    evaluatedAt: at.toISOString(),
    windowSeconds: 2_592_000,
    budgetingMethod: 'Occurrences',
    status: budget <= 0 ? 'exhausted' : budget < 0.25 ? 'warning' : 'ok',
    objectives: [
      {
        target: 0.999,
        sli: 1 - (1 - budget) * 0.001,
        budgetRemaining: budget,
        burnRate: 1,
        alerts: [3600, 21600, 86400, 259200].map(long => ({
          severity: 'page',
          factor: 14.4,
          longSeconds: long,
          shortSeconds: long / 12,
          longBurnRate: 0.5,
          shortBurnRate: 0.5,
          state: 'ok',
        })),
        status: 'ok',
      },
    ],
  };
}

async function seed(dataDir: string) {
  const db = knexFactory({
    client: 'better-sqlite3',
    connection: { filename: join(dataDir, 'sqlite', 'slo.sqlite') },
    useNullAsDefault: true,
  });
  const now = Date.now();
  const latest = [];
  const snapshots = [];
  for (let i = 0; i < SLOS; i++) {
    const ref = `slo:default/bench-service-${i}-availability`;
    const budget = 1 - ((i * 7919) % 1200) / 1000;
    const at = new Date(now);
    latest.push({
      slo_ref: ref,
      title: `bench-service-${i} availability`,
      component_ref: `component:default/bench-service-${i}`,
      owner_ref: `group:default/team-${i % 20}`,
      system_ref: `system:default/system-${i % 10}`,
      status: evaluation(ref, at, budget).status,
      budget_remaining: budget,
      sli: 1 - (1 - budget) * 0.001,
      target: 0.999,
      evaluated_at: at,
      unreachable_since: null,
      board_order: budget,
      message: null,
      evaluation: JSON.stringify(evaluation(ref, at, budget)),
    });
    for (let s = 0; s < SNAPSHOTS_PER_SLO; s++) {
      snapshots.push({
        slo_ref: ref,
        evaluated_at: new Date(now - s * 6 * 3_600_000),
        status: 'ok',
        budget_remaining: budget + s * 0.001,
        sli: 0.9995,
      });
    }
  }
  await db.batchInsert('slo_latest', latest, 200);
  await db.batchInsert('slo_snapshots', snapshots, 500);
  await db.destroy();
  return snapshots.length;
}

async function main() {
  const portal = await startPortal(CONFIG);
  try {
    const token = await portal.signIn('alice');
    const snapshots = await seed(portal.dataDir);
    process.stdout.write(
      `Seeded ${SLOS} SLOs and ${snapshots} snapshots; ${CLIENTS} clients, ${SECONDS} s per phase, ${RUNS} runs\n`,
    );
    // Every page, and every third request filtered by one of the owners.
    const boardPaths = Array.from({ length: 60 }, (_, i) => {
      const offset = (i % (SLOS / PAGE)) * PAGE;
      const owner = i % 3 === 0 ? `&owner=group:default/team-${i % 20}` : '';
      return `/api/slo/board?limit=${PAGE}&offset=${offset}${owner}`;
    });
    await compareWithBaseline({
      baseUrl: portal.baseUrl,
      authorization: `Bearer ${token}`,
      label: 'board',
      paths: boardPaths,
      clients: CLIENTS,
      seconds: SECONDS,
      runs: RUNS,
    });
  } finally {
    await portal.stop();
  }
}

main().catch(error => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
