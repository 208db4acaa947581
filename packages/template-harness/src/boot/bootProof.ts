import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'smol-toml';
import { HarnessFailure } from '../HarnessFailure';
import { Image, ImageError } from './imageLayout';
import { EventCounts, proveEventDelivery } from './eventDelivery';
import {
  PrivateBroker,
  startPrivateRabbitmq,
  startPrivateRedis,
} from './privateBrokers';
import { startPrivatePostgres } from './privatePostgres';
import {
  ScrapingPrometheus,
  startScrapingPrometheus,
} from './privatePrometheus';
import { freePort } from '@internal/example-prometheus';
import { tail, waitUntil } from './processes';
import { fail, ProofFailure } from './proofFailure';
import { proofPython } from './proofPython';
import { readRepositoryCiJobs, runCiJob } from './runCiJob';
import {
  bootImage,
  checkImagePackages,
  migrateFromImage,
  startProjectScripts,
} from './runImage';
import {
  collections,
  operabilityProblems,
  readiness,
  roundTrips,
  sloQueries,
} from './serviceProbes';
import { awaitCountedEvents } from './sloTraffic';

export interface RunningService {
  /** The service's base URL, e.g. http://127.0.0.1:41234. */
  url: string;
  /** The Prometheus that scrapes it, as job `job`. */
  prometheusUrl: string;
  job: string;
}

export interface BootProofOptions {
  /** The service's folder relative to the repository's root; '.' (the default) for a repository of one service. */
  service?: string;
  /** A Prometheus to scrape the service with; the proof starts its own when none is given. */
  prometheus?: ScrapingPrometheus;
  /** Told each phase as it starts. */
  onProgress?: (message: string) => void;
  /** Runs while the service answers under traffic and Prometheus has scraped it. */
  whileRunning?: (service: RunningService) => Promise<void>;
}

export interface BootProofReport {
  failures: HarnessFailure[];
  /** Seconds per phase, in order. */
  phases: { phase: string; seconds: number }[];
  /** What the messaging proof counted, for a service with a broker and a worker. */
  events?: EventCounts;
}

/**
 * The boot proof of a generated service (docs/golden-paths.md): its CI
 * job's steps run here in their order through a documented mapping, on a
 * private PostgreSQL, with dependencies from its lock; then the image its
 * Dockerfile describes is recreated and started by its CMD as its numeric
 * user, and probed: health, readiness (also with the database stopped),
 * metrics, a create/get/list round trip, and every Prometheus query of its
 * SLOs answered from a real scrape. A service with a broker and a worker
 * must also deliver every event across a broker restart and a worker kill
 * (eventDelivery.ts).
 */
export async function bootProof(
  repository: string,
  options: BootProofOptions = {},
): Promise<BootProofReport> {
  const service = options.service ?? '.';
  const serviceDir = join(repository, service);
  const progress = options.onProgress ?? (() => {});
  const phases: BootProofReport['phases'] = [];
  let events: EventCounts | undefined;
  const cleanups: (() => Promise<unknown>)[] = [];
  const root = await mkdtemp(join(tmpdir(), 'boot-proof-'));
  // The servers and the service's numeric user read below it.
  await chmod(root, 0o755);
  cleanups.push(() => rm(root, { recursive: true, force: true }));
  const phase = async <T>(name: string, work: () => Promise<T>) => {
    progress(name);
    const started = Date.now();
    try {
      return await work();
    } finally {
      phases.push({
        phase: name,
        seconds: Math.round((Date.now() - started) / 100) / 10,
      });
    }
  };

  try {
    const interpreter = await phase(
      'find the Python to run the service with',
      proofPython,
    );
    const jobs = await phase('read the CI workflow', () =>
      readRepositoryCiJobs(repository, service),
    );
    const postgres = await phase('start a private PostgreSQL', () =>
      startPrivatePostgres(root),
    );
    cleanups.unshift(() => postgres.stop());
    const servicesEnv: Record<string, string> = {
      SERVICE_DATABASE_URL: postgres.url,
    };
    const pyproject = await readFile(
      join(serviceDir, 'pyproject.toml'),
      'utf8',
    );
    const { project } = parse(pyproject) as {
      project: {
        name: string;
        dependencies?: string[];
        scripts?: Record<string, string>;
      };
    };
    const dependencies = (project.dependencies ?? []).join(' ');
    let broker: PrivateBroker | undefined;
    if (/\bredis\b/.test(dependencies)) {
      const redis = await phase('start a private Redis', () =>
        startPrivateRedis(root),
      );
      cleanups.unshift(() => redis.stop());
      servicesEnv.SERVICE_REDIS_URL = redis.url;
      broker = redis;
    }
    if (/\bamqp\b|aio-pika|pika\b/.test(dependencies)) {
      const rabbitmq = await phase('start a private RabbitMQ', () =>
        startPrivateRabbitmq(root),
      );
      cleanups.unshift(() => rabbitmq.stop());
      servicesEnv.SERVICE_AMQP_URL = rabbitmq.url;
      broker = rabbitmq;
    }

    let image: Image | undefined;
    for (const job of jobs) {
      image =
        (await runCiJob(job, {
          repository,
          root,
          postgres,
          servicesEnv,
          phase,
          python: interpreter,
        })) ?? image;
    }
    if (!image)
      fail('docker-build', 'the CI job builds no image (`docker build`)');
    const built = image!;

    await phase("the image's packages satisfy each other (pip check)", () =>
      checkImagePackages(built),
    );

    await phase('migrate from the image (the Kubernetes Job)', () =>
      migrateFromImage(built, servicesEnv),
    );

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const server = await phase('boot by the Dockerfile CMD', () =>
      bootImage(built, port, servicesEnv),
    );
    cleanups.unshift(() => server.stop());

    await phase(
      'probe health, readiness, metrics and a round trip',
      async () => {
        const problems = await operabilityProblems(url);
        const trips = await roundTrips(
          url,
          await readFile(join(serviceDir, 'openapi.yaml'), 'utf8'),
        );
        problems.push(...trips.problems);
        if (!/"request_id": ?"boot-proof-1"/.test(server.output())) {
          problems.push('no log line carries the request id boot-proof-1');
        }
        if (problems.length)
          fail(
            'probes',
            `${problems.join('\n')}\n${tail(server.output(), 10)}`,
          );
      },
    );

    const scripts = Object.keys(project.scripts ?? {});
    const [collection] = collections(
      await readFile(join(serviceDir, 'openapi.yaml'), 'utf8'),
    );
    if (broker && scripts.length && collection) {
      events = await phase(
        'events across a broker restart and a worker kill',
        () =>
          proveEventDelivery({
            url,
            collection,
            image: built,
            worker: scripts.find(s => s.endsWith('-worker')) ?? scripts[0],
            servicesEnv,
            broker: broker!,
            postgres,
          }),
      );
    } else {
      await phase('start the project scripts (workers)', () =>
        startProjectScripts(built, scripts, servicesEnv),
      );
    }

    const prometheus =
      options.prometheus ?? (await startScrapingPrometheus(root));
    if (!options.prometheus) cleanups.unshift(() => prometheus.stop());
    const job = project.name;
    await prometheus.addTarget(job, `127.0.0.1:${port}`);
    cleanups.unshift(() => prometheus.removeTarget(job));
    await phase(
      'traffic, scraped by Prometheus for the SLO queries',
      async () =>
        awaitCountedEvents(
          url,
          prometheus.url,
          sloQueries(
            await readFile(join(serviceDir, 'openslo.yaml'), 'utf8').catch(
              () => '',
            ),
          ),
        ),
    );
    if (options.whileRunning) {
      await phase('evaluate the SLOs', () =>
        options.whileRunning!({ url, prometheusUrl: prometheus.url, job }),
      );
    }

    await phase('readiness with the database stopped', async () => {
      await postgres.pause();
      let last = { status: 0, text: '' };
      await waitUntil(
        'readiness 503 with the database stopped',
        async () => {
          last = await readiness(url);
          return last.status === 503;
        },
        { timeoutMs: 15_000 },
      ).catch(() =>
        fail(
          'readiness',
          `/ready answered ${
            last.status
          }, not 503, with the database stopped: ${last.text.slice(0, 300)}`,
        ),
      );
      await postgres.resume();
      await waitUntil(
        'readiness 200 once the database is back',
        async () => (await readiness(url)).status === 200,
        { timeoutMs: 20_000 },
      ).catch(() =>
        fail(
          'readiness',
          '/ready did not answer 200 again within 20 s of the database coming back',
        ),
      );
    });
    await phase('stop on SIGTERM', async () => {
      const started = Date.now();
      await server.stop('SIGTERM');
      if (Date.now() - started > 9_000)
        fail('shutdown', 'the service took more than 9 s to stop on SIGTERM');
    });
    return { failures: [], phases, events };
  } catch (error) {
    if (error instanceof ProofFailure)
      return { failures: [error.failure], phases, events };
    if (error instanceof ImageError) {
      return {
        failures: [
          {
            check: 'boot docker-build',
            file: 'Dockerfile',
            line: error.line,
            message: error.message,
          },
        ],
        phases,
      };
    }
    return {
      failures: [
        { check: 'boot', message: String((error as Error).stack ?? error) },
      ],
      phases,
    };
  } finally {
    for (const cleanup of cleanups) await cleanup().catch(() => {});
  }
}
