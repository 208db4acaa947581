import { Image } from './imageLayout';
import { PrivateBroker } from './privateBrokers';
import { PrivatePostgres } from './privatePostgres';
import { Daemon, sleep, startDaemon, tail, waitUntil } from './processes';
import { fail } from './proofFailure';
import { Collection, create, readiness } from './serviceProbes';

/** What the event proof counted, for the report. */
export interface EventCounts {
  /** Resources the proof created through the API, each raising one event. */
  created: number;
  /** The proof's rows in the outbox (with the probes' round trip, before any worker ran), and those still unpublished at the end. */
  outbox: number;
  unpublished: number;
  /** Events the workers recorded as handled (distinct ids). */
  handled: number;
  /** Deliveries the workers logged; those the broker had given out before (taken over from the killed worker, or not acknowledged before the broker restarted); those the inbox recognised as repeats. */
  deliveries: number;
  redelivered: number;
  duplicates: number;
  /** The broker's client connections after 20 concurrent first requests: the API's one and the worker's one. */
  brokerConnections: number;
  /** Messages that were no event, which the workers logged and acknowledged. */
  unreadable: number;
}

const BATCH = 10;
// The proof's events: those of its batches and of the probes' round trip,
// created before any worker ran; the service's own CI tests leave others.
const OURS = `(o.correlation_id LIKE 'events-%' OR o.correlation_id LIKE 'boot-proof-%')`;

/**
 * The messaging proof (docs/golden-paths.md): resources are created before,
 * during and after a restart of the broker, and while the worker is frozen
 * (SIGSTOP) before it is killed (SIGKILL) and replaced; every committed event must reach a worker
 * and take effect once: the outbox ends empty of unpublished rows, and the
 * workers' `processed_events` hold exactly the outbox's event ids. The
 * correlation id of each request must be in the worker's log line for its
 * event. The generated service's conventions are read from its database:
 * `outbox` and `processed_events`.
 */
export async function proveEventDelivery(options: {
  url: string;
  collection: Collection;
  image: Image;
  worker: string;
  servicesEnv: Record<string, string>;
  broker: PrivateBroker;
  postgres: PrivatePostgres;
}): Promise<EventCounts> {
  const { url, collection, image, postgres, broker } = options;
  const workers: Daemon[] = [];
  const startWorker = () => {
    const worker = startDaemon(options.worker, [], {
      cwd: image.workdir,
      env: {
        ...image.env,
        ...options.servicesEnv,
        HOME: image.workdir,
        // Take over a killed worker's unacknowledged events after 2 s, not 30.
        SERVICE_CLAIM_IDLE_SECONDS: '2',
      },
      uid: image.uid,
      gid: image.gid,
    });
    workers.push(worker);
    return worker;
  };
  const logs = () => workers.map(w => w.output()).join('\n');
  const requestIds: string[] = [];
  const batch = async (label: string) => {
    for (let i = 0; i < BATCH; i++) {
      const requestId = `events-${label}-${i}`;
      const created = await create(url, collection, requestId, requestId);
      if (created.status !== 201 && created.status !== 200)
        fail(
          'events',
          `POST ${collection.path} (${label}) answered ${
            created.status
          }: ${created.text.slice(0, 300)}`,
        );
      requestIds.push(requestId);
    }
  };

  const count = async () => {
    const [row] = await postgres.query(
      `SELECT count(*), count(*) FILTER (WHERE published_at IS NULL),
                count(p.event_id), count(*) FILTER (WHERE p.event_id IS NULL)
           FROM outbox o LEFT JOIN processed_events p ON p.event_id = o.id
          WHERE ${OURS}`,
    );
    const [outbox, unpublished, handled, missing] = row.split('|').map(Number);
    return { outbox, unpublished, handled, missing };
  };
  let last = { outbox: 0, unpublished: 0, handled: 0, missing: 0 };
  const allHandled = (when: string) =>
    waitUntil(
      `every event published and handled ${when}`,
      async () => {
        last = await count();
        return last.unpublished === 0 && last.missing === 0;
      },
      { timeoutMs: 90_000 },
    ).catch(async () => {
      const notHandled = await postgres.query(
        `SELECT o.correlation_id FROM outbox o
           LEFT JOIN processed_events p ON p.event_id = o.id
          WHERE p.event_id IS NULL AND ${OURS} ORDER BY o.position`,
      );
      fail(
        'events',
        `${when}, after 90 s: ${JSON.stringify(
          last,
        )} (outbox rows, unpublished, handled, not handled); not handled: the events of ${notHandled.join(
          ', ',
        )}\n${tail(logs(), 15)}`,
      );
    });

  try {
    const first = startWorker();
    // One broker connection per process, however many requests arrive at once.
    const burst = Array.from({ length: 20 }, (_, i) => `events-burst-${i}`);
    const answers = await Promise.all(
      burst.map(id => create(url, collection, id, id)),
    );
    const refused = answers.filter(a => a.status !== 201 && a.status !== 200);
    if (refused.length)
      fail(
        'events',
        `${
          refused.length
        } of 20 concurrent POSTs failed: ${refused[0].text.slice(0, 300)}`,
      );
    requestIds.push(...burst);
    await allHandled('after 20 concurrent requests');
    const brokerConnections = await broker.connections();
    if (brokerConnections !== 2)
      fail(
        'events',
        `after 20 concurrent requests the broker holds ${brokerConnections} connections, not 2 (the API's and the worker's)`,
      );
    await batch('before');

    await broker.restart();
    await batch('after-broker-restart');

    await broker.stop();
    await batch('broker-down');
    await waitUntil(
      'readiness 503 with the broker stopped',
      async () => (await readiness(url)).status === 503,
      { timeoutMs: 15_000 },
    ).catch(() =>
      fail('readiness', '/ready did not answer 503 with the broker stopped'),
    );
    await broker.restart();
    await allHandled('once the broker is back');

    // Frozen, the worker still takes deliveries (RabbitMQ pushes its prefetch;
    // Redis answers its blocked XREADGROUP) but acknowledges none: killed, it
    // leaves them to its successor.
    first.child.kill('SIGSTOP');
    await batch('worker-killed');
    await sleep(1_000);
    first.child.kill('SIGKILL');
    startWorker();
    await batch('new-worker');
    await allHandled('once the killed worker is replaced');

    // A message that is no event of the service's must not stop the ones behind it.
    const reached = await broker.sendUnreadable({
      command: 'python',
      env: { ...process.env, ...image.env },
    });
    if (reached === 0)
      fail('events', 'the broker has no event stream or exchange to send to');
    await batch('after-unreadable');
    await allHandled('after a message that is not an event');

    await sleep(500);
    const lines = logs()
      .split('\n')
      .filter(line => /"event": ?"event_(handled|duplicate)"/.test(line));
    const unlogged = requestIds.filter(
      id =>
        !lines.some(line => new RegExp(`"request_id": ?"${id}"`).test(line)),
    );
    if (unlogged.length)
      fail(
        'events',
        `no worker log line carries the correlation id of ${unlogged.join(
          ', ',
        )}`,
      );
    const second = workers[workers.length - 1];
    const started = Date.now();
    await second.stop('SIGTERM');
    if (Date.now() - started > 9_000)
      fail('events', 'the worker took more than 9 s to stop on SIGTERM');
    return {
      created: requestIds.length,
      outbox: last.outbox,
      unpublished: last.unpublished,
      handled: last.handled,
      deliveries: lines.length,
      redelivered: lines.filter(line => /"redelivered": ?true/.test(line))
        .length,
      duplicates: lines.filter(line => line.includes('event_duplicate')).length,
      brokerConnections,
      unreadable: logs()
        .split('\n')
        .filter(line => /"event": ?"event_unreadable"/.test(line)).length,
    };
  } finally {
    for (const worker of workers) await worker.stop('SIGKILL');
  }
}
