/*
 * R2, a database restart under load (issue 22): the portal as the start
 * command runs it, on a PostgreSQL cluster of the bench's own (a free port,
 * never the machine's shared server). Clients write user settings and read
 * the catalog; mid-load the cluster stops for OUTAGE_SECONDS and starts
 * again. Reported: whether readiness said "not ready" while it was away, how
 * long after the restart readiness and the writes came back, the answers by
 * status, and every acknowledged write read back afterwards.
 */
import { startPrivatePostgres } from '@internal/template-harness';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPortal } from '../portal';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 40);
const OUTAGE_SECONDS = Number(process.env.BENCH_OUTAGE_SECONDS ?? 5);

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

async function main() {
  const root = await mkdtemp(join(tmpdir(), 'bench-reliability-'));
  await chmod(root, 0o755);
  const postgres = await startPrivatePostgres(root);
  const portal = await startPortal(
    JSON.stringify({
      backend: {
        database: {
          client: 'pg',
          connection: {
            host: '127.0.0.1',
            port: postgres.port,
            user: 'postgres',
          },
        },
      },
    }),
  );
  const token = `Bearer ${await portal.signIn('alice')}`;
  const acknowledged: string[] = [];
  const statuses = new Map<string, number>();
  const count = (what: string) =>
    statuses.set(what, (statuses.get(what) ?? 0) + 1);
  const call = (path: string, init: RequestInit = {}) =>
    fetch(`${portal.baseUrl}${path}`, {
      ...init,
      headers: { authorization: token, 'content-type': 'application/json' },
      signal: AbortSignal.timeout(10_000),
    });
  let upAt = Infinity;
  let firstWriteAfterUp: number | undefined;
  let stop = false;
  const client = async (id: number) => {
    for (let n = 0; !stop; n++) {
      const key = `r2-${id}-${n}`;
      try {
        const write = await call(
          `/api/user-settings/buckets/bench/keys/${key}`,
          { method: 'PUT', body: JSON.stringify({ value: n }) },
        );
        count(`write ${write.status}`);
        if (write.ok) {
          acknowledged.push(key);
          if (firstWriteAfterUp === undefined && Date.now() >= upAt) {
            firstWriteAfterUp = Date.now();
          }
        }
        const read = await call('/api/catalog/entities?limit=5');
        count(`read ${read.status}`);
        await read.body?.cancel();
      } catch (error) {
        count(`no answer (${(error as Error).name})`);
        await sleep(100);
      }
    }
  };

  const readiness: { at: number; status: number }[] = [];
  const prober = (async () => {
    while (!stop) {
      const res = await fetch(
        `${portal.baseUrl}/.backstage/health/v1/readiness`,
      ).catch(() => undefined);
      readiness.push({ at: Date.now(), status: res?.status ?? 0 });
      await sleep(250);
    }
  })();

  const started = Date.now();
  const clients = Array.from({ length: CLIENTS }, (_, i) => client(i));
  await sleep(((SECONDS - OUTAGE_SECONDS) * 1000) / 2);
  const down = Date.now();
  await postgres.pause();
  await sleep(OUTAGE_SECONDS * 1000);
  await postgres.resume();
  const up = Date.now();
  upAt = up;
  await sleep(Math.max(0, started + SECONDS * 1000 - Date.now()));
  stop = true;
  await Promise.all([...clients, prober]);

  const notReadyDuringOutage = readiness.some(
    r => r.at > down + 2_500 && r.at < up && r.status === 503,
  );
  const readyAgain = readiness.find(r => r.at >= up && r.status === 200);
  let missing = 0;
  for (const key of acknowledged) {
    const res = await call(`/api/user-settings/buckets/bench/keys/${key}`);
    if (!res.ok) missing++;
    await res.body?.cancel();
  }
  process.stdout.write(
    [
      `${CLIENTS} clients for ${SECONDS} s; PostgreSQL away for ${OUTAGE_SECONDS} s`,
      `answers: ${[...statuses].map(([k, v]) => `${k}: ${v}`).join(', ')}`,
      `readiness 503 while the database was away: ${
        notReadyDuringOutage ? 'yes' : 'NO'
      }`,
      `readiness 200 again ${
        readyAgain ? `${((readyAgain.at - up) / 1000).toFixed(1)} s` : 'NEVER'
      } after the restart (goal ≤ 10 s)`,
      `first acknowledged write ${
        firstWriteAfterUp === undefined
          ? 'NEVER'
          : `${((firstWriteAfterUp - up) / 1000).toFixed(1)} s`
      } after the restart`,
      `acknowledged writes: ${acknowledged.length}; missing afterwards: ${missing} (goal 0)`,
      '',
    ].join('\n'),
  );
  await portal.stop();
  await postgres.stop();
  await rm(root, { recursive: true, force: true });
}

main().catch(error => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
