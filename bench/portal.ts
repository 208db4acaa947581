import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..');

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

async function until<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise(r => setTimeout(r, 500));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export interface BenchPortal {
  baseUrl: string;
  dataDir: string;
  /** A real token of an example user, from the example-users sign-in. */
  signIn(user: string): Promise<string>;
  stop(): Promise<void>;
}

/**
 * Starts the portal's backend the way the start command does (SQLite under
 * a fresh data folder), with extra config, and waits until it is ready.
 */
export async function startPortal(extraConfig: string): Promise<BenchPortal> {
  const dataDir = await mkdtemp(join(tmpdir(), 'portal-bench-'));
  const configFile = join(dataDir, 'app-config.bench.yaml');
  await writeFile(configFile, extraConfig);
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const child: ChildProcess = spawn(
    'bash',
    ['scripts/backend.sh', '--config', configFile],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        PORTAL_PORT: String(port),
        PORTAL_DATA_DIR: dataDir,
      },
      stdio: 'ignore',
      detached: true,
    },
  );
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = once(child, 'exit');
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
    }
    await rm(dataDir, { recursive: true, force: true });
  };
  const signIn = (user: string) =>
    until(
      `sign-in as ${user}`,
      async () => {
        const res = await fetch(
          `${baseUrl}/api/auth/example-users/refresh?env=development`,
          {
            method: 'POST',
            headers: {
              'X-Requested-With': 'XMLHttpRequest',
              'X-Example-User': user,
            },
          },
        );
        return res.ok
          ? ((await res.json()).backstageIdentity.token as string)
          : undefined;
      },
      120_000,
    );
  try {
    await until(
      'the backend',
      async () =>
        (
          await fetch(`${baseUrl}/.backstage/health/v1/readiness`)
        ).ok
          ? true
          : undefined,
      180_000,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, dataDir, signIn, stop };
}
