import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '@internal/example-prometheus';
import { Daemon, runCommand, startDaemon, tail, waitUntil } from './processes';
import {
  canConnect,
  chownAsync,
  mkdirAsync,
  serverUser,
} from './serverHelpers';

function postgresBin(name: string) {
  const versions = readdirSync('/usr/lib/postgresql').sort();
  if (versions.length === 0) {
    throw new Error(
      "no PostgreSQL server: install Debian's postgresql package",
    );
  }
  return join(
    '/usr/lib/postgresql',
    versions[versions.length - 1],
    'bin',
    name,
  );
}

/** A private PostgreSQL cluster on a free loopback port, never the machine's shared one. */
export interface PrivatePostgres {
  port: number;
  /** An asyncpg URL of its `postgres` database. */
  url: string;
  /** The rows `sql` answers, as psql's unaligned lines (`|` between columns). */
  query(sql: string): Promise<string[]>;
  /** Stops the server (keeping its data), e.g. to see a service's readiness fail. */
  pause(): Promise<void>;
  resume(): Promise<void>;
  stop(): Promise<void>;
}

export async function startPrivatePostgres(
  root: string,
): Promise<PrivatePostgres> {
  const dir = join(root, 'postgres');
  const user = serverUser('postgres');
  await mkdirAsync(dir, { recursive: true });
  if (user.uid !== undefined) await chownAsync(dir, user.uid, user.gid!);
  const data = join(dir, 'data');
  const init = await runCommand({
    command: postgresBin('initdb'),
    args: [
      '-D',
      data,
      '-U',
      'postgres',
      '--auth=trust',
      '--no-sync',
      '-E',
      'UTF8',
    ],
    cwd: dir,
    ...user,
    timeoutMs: 60_000,
  });
  if (init.code !== 0) throw new Error(`initdb failed:\n${tail(init.output)}`);
  const port = await freePort();
  let server: Daemon | undefined;
  const start = async () => {
    server = startDaemon(
      postgresBin('postgres'),
      [
        '-D',
        data,
        '-p',
        String(port),
        '-k',
        dir,
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'fsync=off',
      ],
      { cwd: dir, ...user },
    );
    await waitUntil(`PostgreSQL on port ${port}`, () => canConnect(port), {
      daemon: server,
    });
    // Accepting connections is later than listening.
    await waitUntil(
      `PostgreSQL on port ${port} accepting connections`,
      async () =>
        (
          await runCommand({
            command: postgresBin('pg_isready'),
            args: ['-h', '127.0.0.1', '-p', String(port)],
            cwd: dir,
          })
        ).code === 0,
    );
  };
  await start();
  const query = async (sql: string) => {
    const result = await runCommand({
      command: postgresBin('psql'),
      args: [
        '-h',
        '127.0.0.1',
        '-p',
        String(port),
        '-U',
        'postgres',
        '-Atc',
        sql,
      ],
      cwd: dir,
      timeoutMs: 30_000,
    });
    if (result.code !== 0) throw new Error(`psql: ${tail(result.output)}`);
    return result.output.split('\n').filter(line => line !== '');
  };
  return {
    port,
    url: `postgresql+asyncpg://postgres@127.0.0.1:${port}/postgres`,
    query,
    pause: async () => server?.stop('SIGINT'),
    resume: start,
    stop: async () => server?.stop('SIGINT'),
  };
}

/** A broker of the proof's own, which it can restart on the same port with its data. */
