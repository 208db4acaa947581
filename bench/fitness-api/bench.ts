/*
 * The fitness organisation pages under load: 1,000 services, each with 30
 * scans of history, in the embedded default's SQLite; the organisation list
 * (pages of 50, sorted by score, some filtered by owner or level) and the
 * roll-ups by owner, system and domain, with a real token through the
 * permission policy; 20 concurrent connections (wrk), 30 s per phase, three
 * runs. The baseline, in the same runs and on the same server, is the
 * catalog's read of one entity by name with the same token.
 * Goal (issue 5): p95 ≤ 50 ms and no errors. Run: bash bench/run.sh fitness-api
 */
import {
  defaultFitnessFunctions,
  scoreResults,
} from '@internal/fitness-engine';
import knexFactory from 'knex';
import { join } from 'node:path';
import { compareWithBaseline } from '../load';
import { startPortal } from '../portal';

const SERVICES = 1000;
const SCANS_PER_SERVICE = 30;
const PAGE = 50;
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

// No scans during the run: they would replace or add to the seeded rows.
const CONFIG = `
fitness:
  componentTypes: [none-during-the-benchmark]
  schedule:
    frequency: { hours: 24 }
    timeout: { minutes: 10 }
    initialDelay: { hours: 24 }
`;

const STATUSES = ['pass', 'pass', 'pass', 'warn', 'fail'] as const;

function results(service: number, scan: number) {
  return defaultFitnessFunctions().map((fn, f) => ({
    functionId: fn.id,
    category: fn.category,
    level: fn.level,
    weight: fn.weight,
    status: STATUSES[(service * 31 + f * 7 + scan) % STATUSES.length],
    summary: `${fn.title}: seeded`,
    evidence:
      f === 0
        ? [
            {
              path: `src/service_${service}/domain/model.py`,
              line: 3,
              message:
                'Service layers: domain is not allowed to import infrastructure',
            },
          ]
        : [],
    docsPath: fn.docsPath,
  }));
}

async function seed(dataDir: string) {
  const db = knexFactory({
    client: 'better-sqlite3',
    connection: { filename: join(dataDir, 'sqlite', 'fitness.sqlite') },
    useNullAsDefault: true,
  });
  const now = Date.now();
  const latest = [];
  const scans = [];
  let id = 0;
  for (let i = 0; i < SERVICES; i++) {
    const ref = `component:default/bench-service-${i}`;
    for (let s = SCANS_PER_SERVICE - 1; s >= 0; s--) {
      const scanned = results(i, s);
      const score = scoreResults(scanned, [], new Date(now));
      id++;
      scans.push({
        id,
        entity_ref: ref,
        scan_key: `${i}-${s}`,
        content_hash: `${i}-${s}`,
        scanned_at: new Date(now - s * 86_400_000),
        score: score.overall ?? null,
        level: score.level ?? 'none',
        results: JSON.stringify(scanned),
        warnings: '[]',
      });
      if (s === 0) {
        latest.push({
          entity_ref: ref,
          title: `bench-service-${i}`,
          owner_ref: `group:default/team-${i % 20}`,
          system_ref: `system:default/system-${i % 10}`,
          domain_ref: `domain:default/domain-${i % 4}`,
          scan_id: id,
          scan_key: `${i}-0`,
          content_hash: `${i}-0`,
          scanned_at: new Date(now),
          checked_at: new Date(now),
          score: score.overall ?? null,
          previous_score: scans[scans.length - 2]?.score ?? null,
          sort_score: score.overall ?? -1,
          level: score.level ?? 'none',
          level_rank: ['none', 'bronze', 'silver', 'gold'].indexOf(
            score.level ?? 'none',
          ),
          failing: scanned.filter(r => r.status === 'fail').length,
          categories: JSON.stringify(score.categories),
          results: JSON.stringify(scanned),
          warnings: '[]',
        });
      }
    }
  }
  await db.batchInsert('fitness_scans', scans, 200);
  await db.batchInsert('fitness_latest', latest, 100);
  await db.destroy();
  return scans.length;
}

async function main() {
  const portal = await startPortal(CONFIG);
  try {
    const token = await portal.signIn('alice');
    const scans = await seed(portal.dataDir);
    process.stdout.write(
      `Seeded ${SERVICES} services and ${scans} scans; ${CLIENTS} clients, ${SECONDS} s per phase, ${RUNS} runs\n`,
    );
    // Every page of the list, some filtered by owner or level, and the roll-ups.
    const fitnessPaths = Array.from({ length: 60 }, (_, i) => {
      if (i % 10 === 9) {
        return `/api/fitness/rollups?by=${
          ['owner', 'system', 'domain'][i % 3]
        }`;
      }
      const offset = (i % (SERVICES / PAGE)) * PAGE;
      let filter = '';
      if (i % 5 === 1) filter = `&owner=group:default/team-${i % 20}`;
      if (i % 5 === 3) filter = `&level=none`;
      return `/api/fitness/list?limit=${PAGE}&offset=${offset}&sort=score&order=asc${filter}`;
    });
    await compareWithBaseline({
      baseUrl: portal.baseUrl,
      authorization: `Bearer ${token}`,
      label: 'fitness',
      paths: fitnessPaths,
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
