import { ChildProcess, spawn, SpawnOptions } from 'node:child_process';
import { once } from 'node:events';

export const sleep = (ms: number) =>
  new Promise<void>(resolve => setTimeout(resolve, ms));

/** The last lines of a command's output, for a failure message. */
export const tail = (text: string, lines = 25) =>
  text.trim().split('\n').slice(-lines).join('\n');

export interface Command {
  command: string;
  args: string[];
  cwd: string;
  env?: NodeJS.ProcessEnv;
  uid?: number;
  gid?: number;
  timeoutMs?: number;
}

/** Runs a command to its end; resolves with its exit code and its output (stdout and stderr interleaved). */
export function runCommand(
  c: Command,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(c.command, c.args, {
      cwd: c.cwd,
      env: c.env ?? process.env,
      uid: c.uid,
      gid: c.gid,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-200_000);
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    const timer = setTimeout(() => {
      output += `\n(killed after ${c.timeoutMs} ms)`;
      child.kill('SIGKILL');
    }, c.timeoutMs ?? 600_000);
    child.on('error', error => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', code => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/** A long-running process whose output is kept for failure messages. */
export interface Daemon {
  child: ChildProcess;
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export function startDaemon(
  command: string,
  args: string[],
  options: SpawnOptions,
): Daemon {
  const child = spawn(command, args, {
    ...options,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-100_000);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  child.on('error', error => {
    output += `\n${error}`;
  });
  return {
    child,
    output: () => output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Waits until `probe` resolves true, or throws `what` with the daemon's output after `timeoutMs`. */
export async function waitUntil(
  what: string,
  probe: () => Promise<boolean>,
  options: { timeoutMs?: number; daemon?: Daemon } = {},
) {
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  while (Date.now() < deadline) {
    const { daemon } = options;
    if (daemon && (daemon.child.exitCode !== null || daemon.child.signalCode)) {
      throw new Error(`${what}: the process exited\n${tail(daemon.output())}`);
    }
    if (await probe().catch(() => false)) return;
    await sleep(200);
  }
  throw new Error(
    `${what}: not within ${options.timeoutMs ?? 30_000} ms\n${tail(
      options.daemon?.output() ?? '',
    )}`,
  );
}
