import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fitnessReport } from '../checks/fitness';
import { CiJob, readCiJobs } from './ciWorkflow';
import { Image, recreateImage } from './imageLayout';
import { PrivatePostgres } from './privatePostgres';
import { runCommand, tail } from './processes';
import { fail } from './proofFailure';
import { ProofPython } from './proofPython';

/** The jobs of the repository's workflows that run in the service's folder, mapped. */
export async function readRepositoryCiJobs(
  repository: string,
  service: string,
) {
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

/**
 * Runs one CI job's steps in their order through the mapping (see
 * ciWorkflow.ts); returns the image its `docker build` recreated, if any.
 */
export async function runCiJob(
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
  // The job's PostgreSQL service container is the private cluster; a Redis
  // or RabbitMQ URL points at the proof's private broker, when it started one.
  const remap = (env: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(env).map(([k, v]) => {
        const value = String(v);
        if (job.postgres && /^postgres(ql)?(\+\w+)?:\/\//.test(value))
          return [k, context.postgres.url];
        if (
          /^rediss?:\/\//.test(value) &&
          context.servicesEnv.SERVICE_REDIS_URL
        )
          return [k, context.servicesEnv.SERVICE_REDIS_URL];
        if (/^amqps?:\/\//.test(value) && context.servicesEnv.SERVICE_AMQP_URL)
          return [k, context.servicesEnv.SERVICE_AMQP_URL];
        return [k, value];
      }),
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
