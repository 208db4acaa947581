/*
 * The organisation-wide ADR index under load: 5,000 ADRs across 1,000
 * services in the embedded default's SQLite; pages of 50 filtered by status
 * (and some by owner), with a real token through the permission policy;
 * 20 concurrent connections (wrk), 30 s per phase, three runs. The baseline,
 * in the same runs and on the same server, is the catalog's read of one
 * entity by name with the same token.
 * Goal (issue 3, item 10): p95 ≤ 50 ms and no errors. Run: bash bench/run.sh adr
 */
import knexFactory from 'knex';
import { join } from 'node:path';
import { compareWithBaseline } from '../load';
import { startPortal } from '../portal';

const SERVICES = 1000;
const ADRS_PER_SERVICE = 5;
const PAGE = 50;
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

// No index refresh during the run: it would replace the seeded rows.
const CONFIG = `
adr:
  indexRefresh:
    frequency: { hours: 24 }
    timeout: { minutes: 10 }
    initialDelay: { hours: 24 }
`;

const STATUSES = ['accepted', 'accepted', 'proposed', 'superseded', 'rejected'];

async function seed(dataDir: string) {
  const db = knexFactory({
    client: 'better-sqlite3',
    connection: { filename: join(dataDir, 'sqlite', 'adr.sqlite') },
    useNullAsDefault: true,
  });
  const records = [];
  for (let i = 0; i < SERVICES; i++) {
    for (let n = 1; n <= ADRS_PER_SERVICE; n++) {
      const status = STATUSES[(i + n) % STATUSES.length];
      records.push({
        entity_ref: `component:default/bench-service-${i}`,
        file: `000${n}-decision-${n}.md`,
        number: n,
        title: `Decision ${n} of bench-service-${i}`,
        status,
        status_text: status,
        date: `2026-${String((n % 12) + 1).padStart(2, '0')}-${String(
          (i % 28) + 1,
        ).padStart(2, '0')}`,
        superseded_by: status === 'superseded' ? n + 1 : null,
        supersedes: '[]',
        decision_makers: JSON.stringify(['Grace Osei']),
        owner: `group:default/team-${i % 20}`,
        system: `system:default/system-${i % 10}`,
        domain: `domain:default/domain-${i % 4}`,
      });
    }
  }
  await db.batchInsert('adr_index_records', records, 200);
  await db.destroy();
  return records.length;
}

async function main() {
  const portal = await startPortal(CONFIG);
  try {
    const token = await portal.signIn('grace');
    const adrs = await seed(portal.dataDir);
    process.stdout.write(
      `Seeded ${adrs} ADRs across ${SERVICES} services; ${CLIENTS} clients, ${SECONDS} s per phase, ${RUNS} runs\n`,
    );
    // Pages of each status, every third one also filtered by an owner.
    const indexPaths = Array.from({ length: 60 }, (_, i) => {
      const status = ['proposed', 'accepted', 'superseded'][i % 3];
      const offset = (i % 10) * PAGE;
      const owner = i % 3 === 0 ? `&owner=group:default/team-${i % 20}` : '';
      return `/api/adr/index?status=${status}&limit=${PAGE}&offset=${offset}${owner}`;
    });
    await compareWithBaseline({
      baseUrl: portal.baseUrl,
      authorization: `Bearer ${token}`,
      label: 'index',
      paths: indexPaths,
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
