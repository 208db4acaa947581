import { Image } from './imageLayout';
import {
  Daemon,
  runCommand,
  sleep,
  startDaemon,
  tail,
  waitUntil,
} from './processes';
import { fail } from './proofFailure';

/** The image installs its lock with --no-deps: a lock that misses a requirement of the project or of a locked package shows here. */
export async function checkImagePackages(image: Image) {
  const result = await runCommand({
    command: 'python',
    args: ['-m', 'pip', 'check'],
    cwd: image.workdir,
    env: { ...process.env, ...image.env, PIP_RETRIES: '0' },
    timeoutMs: 120_000,
  });
  if (result.code !== 0) {
    fail(
      'lock',
      `pip check in the image:\n${tail(result.output)}`,
      'requirements.lock',
    );
  }
}

/** What the Kubernetes migrations Job does: `alembic upgrade head` in the image, as its user. */
export async function migrateFromImage(
  image: Image,
  servicesEnv: Record<string, string>,
) {
  const result = await runCommand({
    command: 'alembic',
    args: ['upgrade', 'head'],
    cwd: image.workdir,
    env: { ...process.env, ...image.env, ...servicesEnv, HOME: image.workdir },
    uid: image.uid,
    gid: image.gid,
    timeoutMs: 120_000,
  });
  if (result.code !== 0) {
    fail(
      'image-migrations',
      `alembic upgrade head in the image failed:\n${tail(result.output)}`,
    );
  }
}

/** Starts each of the project's scripts (its workers) as the image's user; one that exits within 3 s fails. */
export async function startProjectScripts(
  image: Image,
  scripts: string[],
  servicesEnv: Record<string, string>,
) {
  for (const script of scripts) {
    const worker = startDaemon(script, [], {
      cwd: image.workdir,
      env: { ...image.env, ...servicesEnv, HOME: image.workdir },
      uid: image.uid,
      gid: image.gid,
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
}

/** Starts the image's CMD as its user, on loopback and `port`, and waits for /health. */
export async function bootImage(
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
