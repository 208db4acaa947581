import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'smol-toml';
import { fitnessReport } from '../checks/fitness';
import { HarnessFailure } from '../HarnessFailure';
import { CiJob, readCiJobs } from './ciWorkflow';
import { ProofPython, proofPython } from './proofPython';
import { Image, ImageError, recreateImage } from './imageLayout';
import {
  PrivatePostgres,
  startPrivatePostgres,
  startPrivateRabbitmq,
  startPrivateRedis,
} from './privateServers';
import {
  ScrapingPrometheus,
  startScrapingPrometheus,
} from './privatePrometheus';
import {
  Daemon,
  freePort,
  runCommand,
  sleep,
  startDaemon,
  tail,
  waitUntil,
} from './processes';
import {
  operabilityProblems,
  readiness,
  roundTrips,
  sloQueries,
} from './serviceProbes';

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
}

class ProofFailure extends Error {
  constructor(readonly failure: HarnessFailure) {
    super(failure.message);
  }
}
const fail = (
  check: string,
  message: string,
  file?: string,
  line?: number,
): never => {
  throw new ProofFailure({ check: `boot ${check}`, message, file, line });
};

/**
 * The boot proof of a generated service (docs/golden-paths.md): its CI
 * job's steps run here in their order through a documented mapping, on a
 * private PostgreSQL, with dependencies from its lock; then the image its
 * Dockerfile describes is recreated and started by its CMD as its numeric
 * user, and probed: health, readiness (also with the database stopped),
 * metrics, a create/get/list round trip, and every Prometheus query of its
 * SLOs answered from a real scrape.
 */
export async function bootProof(
  repository: string,
  options: BootProofOptions = {},
): Promise<BootProofReport> {
  const service = options.service ?? '.';
  const serviceDir = join(repository, service);
  const progress = options.onProgress ?? (() => {});
  const phases: BootProofReport['phases'] = [];
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
      ciJobs(repository, service),
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
    const dependencies = (
      (parse(pyproject) as { project?: { dependencies?: string[] } }).project
        ?.dependencies ?? []
    ).join(' ');
    if (/\bredis\b/.test(dependencies)) {
      const redis = await phase('start a private Redis', () =>
        startPrivateRedis(root),
      );
      cleanups.unshift(() => redis.stop());
      servicesEnv.SERVICE_REDIS_URL = redis.url;
    }
    if (/\bamqp\b|aio-pika|pika\b/.test(dependencies)) {
      const rabbitmq = await phase('start a private RabbitMQ', () =>
        startPrivateRabbitmq(root),
      );
      cleanups.unshift(() => rabbitmq.stop());
      servicesEnv.SERVICE_AMQP_URL = rabbitmq.url;
    }

    let image: Image | undefined;
    for (const job of jobs) {
      image =
        (await runJob(job, {
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

    await phase(
      "the image's packages satisfy each other (pip check)",
      async () => {
        // The image installs its lock with --no-deps: a lock that misses a
        // requirement of the project or of a locked package shows here.
        const result = await runCommand({
          command: 'python',
          args: ['-m', 'pip', 'check'],
          cwd: built.workdir,
          env: { ...process.env, ...built.env, PIP_RETRIES: '0' },
          timeoutMs: 120_000,
        });
        if (result.code !== 0) {
          fail(
            'lock',
            `pip check in the image:\n${tail(result.output)}`,
            'requirements.lock',
          );
        }
      },
    );

    await phase('migrate from the image (the Kubernetes Job)', async () => {
      const result = await runCommand({
        command: 'alembic',
        args: ['upgrade', 'head'],
        cwd: built.workdir,
        env: {
          ...process.env,
          ...built.env,
          ...servicesEnv,
          HOME: built.workdir,
        },
        uid: built.uid,
        gid: built.gid,
        timeoutMs: 120_000,
      });
      if (result.code !== 0)
        fail(
          'image-migrations',
          `alembic upgrade head in the image failed:\n${tail(result.output)}`,
        );
    });

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const server = await phase('boot by the Dockerfile CMD', () =>
      boot(built, port, servicesEnv),
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

    await phase('start the project scripts (workers)', async () => {
      const scripts = Object.keys(
        (parse(pyproject) as { project?: { scripts?: Record<string, string> } })
          .project?.scripts ?? {},
      );
      for (const script of scripts) {
        const worker = startDaemon(script, [], {
          cwd: built.workdir,
          env: { ...built.env, ...servicesEnv, HOME: built.workdir },
          uid: built.uid,
          gid: built.gid,
        });
        // A worker that cannot start or connect exits within a few seconds.
        await sleep(3_000);
        const exited =
          worker.child.exitCode !== null || worker.child.signalCode !== null;
        await worker.stop();
        if (exited) {
          fail(
            'scripts',
            `the project script ${script} exited at once:\n${tail(
              worker.output(),
            )}`,
            'pyproject.toml',
          );
        }
      }
    });

    const prometheus =
      options.prometheus ?? (await startScrapingPrometheus(root));
    if (!options.prometheus) cleanups.unshift(() => prometheus.stop());
    const job = (parse(pyproject) as { project: { name: string } }).project
      .name;
    await prometheus.addTarget(job, `127.0.0.1:${port}`);
    cleanups.unshift(() => prometheus.removeTarget(job));
    await phase(
      'traffic, scraped by Prometheus for the SLO queries',
      async () => {
        const openslo = join(serviceDir, 'openslo.yaml');
        const queries = sloQueries(
          await readFile(openslo, 'utf8').catch(() => ''),
        );
        if (queries.length === 0)
          fail(
            'slo-metrics',
            'openslo.yaml has no Prometheus query',
            'openslo.yaml',
          );
        const traffic = async () => {
          for (let i = 0; i < 20; i++)
            await fetch(`${url}/health`).then(r => r.text());
        };
        const empty = new Set(queries);
        const deadline = Date.now() + 30_000;
        while (empty.size && Date.now() < deadline) {
          await traffic();
          for (const query of empty) {
            // Counted events, as an SLO evaluation counts them: the series
            // must grow between scrapes, not merely exist.
            const counted = `sum(increase(${query}[5m]))`;
            const answer = await fetch(
              `${prometheus.url}/api/v1/query?query=${encodeURIComponent(
                counted,
              )}`,
            )
              .then(
                r =>
                  r.json() as Promise<{
                    data?: { result?: { value: [number, string] }[] };
                  }>,
              )
              .catch(() => undefined);
            if (Number(answer?.data?.result?.[0]?.value[1]) > 0) {
              empty.delete(query);
            }
          }
          await sleep(500);
        }
        if (empty.size) {
          fail(
            'slo-metrics',
            `Prometheus scraped the service but counted no events within 30 s of: ${[
              ...empty,
            ].join(', ')}`,
            'openslo.yaml',
          );
        }
      },
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
    return { failures: [], phases };
  } catch (error) {
    if (error instanceof ProofFailure)
      return { failures: [error.failure], phases };
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

async function ciJobs(repository: string, service: string) {
  const folder = join(repository, '.github/workflows');
  const files = (await readdir(folder).catch(() => [])).filter(f =>
    /\.ya?ml$/.test(f),
  );
  const jobs: CiJob[] = [];
  for (const file of files) {
    try {
      jobs.push(
        ...readCiJobs(await readFile(join(folder, file), 'utf8'), service),
      );
    } catch (error) {
      fail('ci-mapping', (error as Error).message, `.github/workflows/${file}`);
    }
  }
  if (jobs.length === 0)
    fail('ci-mapping', `no CI job runs in ${service}`, '.github/workflows');
  return jobs;
}

async function runJob(
  job: CiJob,
  context: {
    repository: string;
    root: string;
    postgres: PrivatePostgres;
    servicesEnv: Record<string, string>;
    phase: <T>(name: string, work: () => Promise<T>) => Promise<T>;
    python: ProofPython;
  },
): Promise<Image | undefined> {
  const cwd = join(context.repository, job.workingDirectory);
  const venv = join(context.root, `ci-${job.name.replace(/\W+/g, '-')}`);
  const built: { python?: string; image?: Image } = {};
  // The job's PostgreSQL service container is the private cluster.
  const remap = (env: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(env).map(([k, v]) => [
        k,
        job.postgres && /^postgres(ql)?(\+\w+)?:\/\//.test(String(v))
          ? context.postgres.url
          : String(v),
      ]),
    );
  for (const { label, step, env } of job.steps) {
    await context.phase(`CI ${job.name}: ${label.split('\n')[0]}`, async () => {
      const stepEnv = {
        ...process.env,
        ...remap(job.env),
        ...remap(env),
        ...context.python.env,
        PIP_RETRIES: '0',
        PATH: `${join(venv, 'bin')}:${process.env.PATH}`,
        VIRTUAL_ENV: venv,
      };
      const run = async (command: string, args: string[]) => {
        const result = await runCommand({
          command,
          args,
          cwd,
          env: stepEnv,
          timeoutMs: 900_000,
        });
        if (result.code !== 0)
          fail(
            'ci',
            `\`${label}\` failed (exit code ${result.code}):\n${tail(
              result.output,
              40,
            )}`,
            '.github/workflows',
          );
      };
      switch (step.kind) {
        case 'checkout':
          return;
        case 'setup-python': {
          const { version } = step;
          const wanted =
            typeof version === 'string'
              ? version
              : (
                  await readFile(
                    join(context.repository, version.file),
                    'utf8',
                  ).catch(() =>
                    fail(
                      'ci',
                      `${version.file} (python-version-file) does not exist`,
                      '.github/workflows',
                    ),
                  )
                ).trim();
          const have = context.python.version;
          if (wanted !== have)
            fail(
              'ci',
              `CI pins Python ${wanted}; the proof has ${have}`,
              '.github/workflows',
            );
          await run(context.python.python, ['-m', 'venv', venv]);
          built.python = join(venv, 'bin/python');
          return;
        }
        case 'pip':
          if (!built.python)
            fail(
              'ci',
              `\`${label}\` runs before actions/setup-python`,
              '.github/workflows',
            );
          await run(built.python!, ['-m', 'pip', ...step.args]);
          return;
        case 'tool':
          if (!built.python)
            fail(
              'ci',
              `\`${label}\` runs before actions/setup-python`,
              '.github/workflows',
            );
          if (!existsSync(join(venv, 'bin', step.name))) {
            fail(
              'ci-mapping',
              `\`${label}\`: ${step.name} is not in the proof's mapping, nor installed into the virtualenv by an earlier step`,
              '.github/workflows',
            );
          }
          await run(join(venv, 'bin', step.name), step.args);
          return;
        case 'import-contracts': {
          const report = await fitnessReport(cwd);
          const broken = report.functions.filter(
            f => f.id === 'layer-contracts' && f.status !== 'pass',
          );
          if (broken.length)
            fail(
              'ci',
              `\`${label}\`: ${broken.map(f => f.summary).join('; ')}`,
              'pyproject.toml',
            );
          return;
        }
        case 'docker-build':
          built.image = await recreateImage({
            dockerfile: await readFile(
              join(cwd, step.context, 'Dockerfile'),
              'utf8',
            ),
            context: join(cwd, step.context),
            root: join(context.root, 'image'),
            python: context.python,
            env: { ...process.env, PIP_RETRIES: '0' },
          });
          return;
        default:
          throw new Error(`unknown step ${JSON.stringify(step)}`);
      }
    });
  }
  return built.image;
}

async function boot(
  image: Image,
  port: number,
  servicesEnv: Record<string, string>,
): Promise<Daemon> {
  const cmd = image.cmd.map((word, i, all) => {
    if (all[i - 1] === '--port') return String(port);
    if (all[i - 1] === '--host') return '127.0.0.1';
    return word;
  });
  if (!cmd.includes('--port'))
    fail('cmd', 'the CMD sets no --port to probe', 'Dockerfile', image.cmdLine);
  const server = startDaemon(cmd[0], cmd.slice(1), {
    cwd: image.workdir,
    env: { ...image.env, ...servicesEnv, HOME: image.workdir, LANG: 'C.UTF-8' },
    uid: image.uid,
    gid: image.gid,
  });
  await waitUntil(
    `the service by its CMD (${image.cmd.join(' ')})`,
    async () => (await fetch(`http://127.0.0.1:${port}/health`)).status === 200,
    { daemon: server, timeoutMs: 60_000 },
  ).catch(error =>
    fail('cmd', (error as Error).message, 'Dockerfile', image.cmdLine),
  );
  return server;
}
