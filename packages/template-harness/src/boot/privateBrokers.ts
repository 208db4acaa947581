import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '@internal/example-prometheus';
import {
  Daemon,
  runCommand,
  sleep,
  startDaemon,
  tail,
  waitUntil,
} from './processes';
import {
  canConnect,
  chownAsync,
  mkdirAsync,
  readFileAsync,
  serverUser,
  writeFileAsync,
} from './serverHelpers';

export interface PrivateBroker {
  url: string;
  restart(): Promise<void>;
  stop(): Promise<void>;
  /** The client connections the broker holds now (not counting the one asking). */
  connections(): Promise<number>;
  /**
   * Sends a message that is no service's event to every event stream or
   * `*.events` exchange, with `python` (which has py-amqp) where the broker
   * needs a client; returns how many it reached.
   */
  sendUnreadable(python: {
    command: string;
    env: NodeJS.ProcessEnv;
  }): Promise<number>;
}

/**
 * A private Redis on a free loopback port. It keeps its data in an
 * append-only file synced on every write, as a Redis that holds a service's
 * event stream must, so a restart loses nothing it acknowledged.
 */
export async function startPrivateRedis(root: string): Promise<PrivateBroker> {
  const port = await freePort();
  const dir = join(root, 'redis');
  await mkdirAsync(dir, { recursive: true });
  let server: Daemon;
  const start = async () => {
    server = startDaemon(
      'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'yes',
        '--appendfsync',
        'always',
        '--dir',
        dir,
      ],
      { cwd: dir },
    );
    await waitUntil(`Redis on port ${port}`, () => canConnect(port), {
      daemon: server,
    });
  };
  await start();
  const cli = async (...args: string[]) => {
    const { code, output } = await runCommand({
      command: 'redis-cli',
      args: ['-h', '127.0.0.1', '-p', String(port), ...args],
      cwd: dir,
      timeoutMs: 10_000,
    });
    if (code !== 0) throw new Error(`redis-cli ${args.join(' ')}: ${output}`);
    return output;
  };
  return {
    url: `redis://127.0.0.1:${port}/0`,
    restart: async () => {
      await server.stop();
      await start();
    },
    stop: () => server.stop(),
    connections: async () =>
      (await cli('CLIENT', 'LIST'))
        .split('\n')
        .filter(
          line => line.startsWith('id=') && !/cmd=client\|list/.test(line),
        ).length,
    sendUnreadable: async () => {
      const streams: string[] = [];
      let cursor = '0';
      do {
        const [next, ...keys] = (
          await cli('SCAN', cursor, 'TYPE', 'stream', 'COUNT', '1000')
        )
          .split('\n')
          .filter(Boolean);
        cursor = next;
        streams.push(...keys);
      } while (cursor !== '0');
      for (const stream of streams)
        await cli('XADD', stream, '*', 'junk', 'not an event');
      return streams.length;
    },
  };
}

/** A private RabbitMQ node (its own name, ports and data folder) on a free loopback port. */
export async function startPrivateRabbitmq(
  root: string,
): Promise<PrivateBroker> {
  const port = await freePort();
  const dir = join(root, 'rabbitmq');
  await mkdirAsync(dir, { recursive: true });
  // Debian's rabbitmq-server drops to the rabbitmq user when run as root.
  const user = serverUser('rabbitmq');
  if (user.uid !== undefined) await chownAsync(dir, user.uid, user.gid!);
  const config = join(dir, 'rabbitmq.conf');
  await writeFileAsync(
    config,
    `listeners.tcp.default = 127.0.0.1:${port}\nloopback_users = none\nmanagement.tcp.port = 0\n`,
  );
  const plugins = join(dir, 'enabled_plugins');
  await writeFileAsync(plugins, '[].\n');
  const env = {
    ...process.env,
    RABBITMQ_NODENAME: `boot-proof-${port}@localhost`,
    RABBITMQ_NODE_PORT: String(port),
    RABBITMQ_DIST_PORT: String(await freePort()),
    RABBITMQ_CONFIG_FILE: config,
    RABBITMQ_ENABLED_PLUGINS_FILE: plugins,
    RABBITMQ_MNESIA_BASE: join(dir, 'mnesia'),
    RABBITMQ_LOG_BASE: join(dir, 'log'),
    RABBITMQ_PID_FILE: join(dir, 'pid'),
  };
  let server: Daemon;
  const start = async () => {
    server = startDaemon('rabbitmq-server', [], { cwd: dir, env });
    await waitUntil(`RabbitMQ on port ${port}`, () => canConnect(port), {
      daemon: server,
      timeoutMs: 90_000,
    });
  };
  // rabbitmq-server runs the node through su, in a session of its own:
  // stopping su leaves the node running, so the node itself is stopped.
  const stop = async () => {
    const pid = Number(
      (await readFileAsync(join(dir, 'pid'), 'utf8').catch(() => '')).trim(),
    );
    if (pid > 0) await stopProcess(pid);
    await server.stop();
  };
  await start();
  // rabbitmqctl reaches the node with the Erlang cookie of the user it runs as.
  const ctl = async (...args: string[]) => {
    const home =
      user.uid === undefined
        ? process.env.HOME
        : execFileSync('getent', ['passwd', 'rabbitmq'], {
            encoding: 'utf8',
          }).split(':')[5];
    const { code, output } = await runCommand({
      command: 'rabbitmqctl',
      args: ['-q', '-n', env.RABBITMQ_NODENAME, ...args],
      cwd: dir,
      env: { ...env, HOME: home },
      ...user,
      timeoutMs: 60_000,
    });
    if (code !== 0) throw new Error(`rabbitmqctl ${args.join(' ')}: ${output}`);
    return output;
  };
  return {
    url: `amqp://guest:guest@127.0.0.1:${port}/`,
    restart: async () => {
      await stop();
      await start();
    },
    stop,
    connections: async () =>
      (await ctl('list_connections', 'name'))
        .split('\n')
        .filter(line => /:\d+ -> /.test(line)).length,
    sendUnreadable: async python => {
      const exchanges = (await ctl('list_exchanges', 'name'))
        .split('\n')
        .map(line => line.trim())
        .filter(name => name.endsWith('.events'));
      for (const exchange of exchanges) {
        const sent = await runCommand({
          command: python.command,
          args: [
            '-c',
            'import amqp, sys\n' +
              'c = amqp.Connection(host=sys.argv[1], userid="guest", password="guest")\n' +
              'c.connect()\n' +
              'c.channel().basic_publish(amqp.Message("not an event"), exchange=sys.argv[2], routing_key="junk")\n' +
              'c.close()\n',
            `127.0.0.1:${port}`,
            exchange,
          ],
          cwd: dir,
          env: python.env,
          timeoutMs: 30_000,
        });
        if (sent.code !== 0)
          throw new Error(`publishing to ${exchange}: ${tail(sent.output)}`);
      }
      return exchanges.length;
    },
  };
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** SIGTERM, then SIGKILL after 30 s, and wait until the process is gone. */
async function stopProcess(pid: number) {
  if (!isRunning(pid)) return;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 30_000;
  while (isRunning(pid) && Date.now() < deadline) await sleep(200);
  if (isRunning(pid)) process.kill(pid, 'SIGKILL');
}
