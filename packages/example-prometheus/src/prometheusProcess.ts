import { ChildProcess, execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { access, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { OpenMetricsHistory, writeOpenMetricsHistory } from './openMetrics';

const PROMETHEUS = '/usr/bin/prometheus';
const PROMTOOL = '/usr/bin/promtool';
const READY_TIMEOUT_MS = 30_000;

/** Fails with the package to install when Debian's Prometheus is missing. */
export async function requireBinaries() {
  for (const binary of [PROMETHEUS, PROMTOOL]) {
    try {
      await access(binary);
    } catch {
      throw new Error(
        `${binary} is missing: install Debian's prometheus package (apt-get install prometheus)`,
      );
    }
  }
}

/** Writes `history` as TSDB blocks into `dataDir`, through promtool. */
export async function backfill(history: OpenMetricsHistory, dataDir: string) {
  const work = await mkdtemp(join(dataDir, '..', '.backfill-'));
  const samplesFile = join(work, 'history.om');
  try {
    await writeOpenMetricsHistory(samplesFile, history);
    // promtool reads the file once per block; the hidden --max-block-duration
    // (2h by default) takes 30 days from ~40 s to under a second.
    await promisify(execFile)(
      PROMTOOL,
      [
        'tsdb',
        'create-blocks-from',
        'openmetrics',
        '--quiet',
        '--max-block-duration=744h',
        samplesFile,
        dataDir,
      ],
      { maxBuffer: 16 * 1024 * 1024 },
    );
  } catch (error) {
    const { code, stderr } = error as { code?: number; stderr?: string };
    throw new Error(
      `promtool tsdb create-blocks-from openmetrics failed (exit code ${code}): ${
        stderr ?? error
      }`,
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

export interface RunningPrometheus {
  url: string;
  child: ChildProcess;
  /** Stops the process (SIGTERM) and waits for it to exit. */
  stop(): Promise<void>;
}

/** Runs Prometheus on a loopback address and waits until it is ready. */
export async function runPrometheus(options: {
  configFile: string;
  dataDir: string;
  port: number;
  retention: string;
}): Promise<RunningPrometheus> {
  const address = `127.0.0.1:${options.port}`;
  const child = spawn(
    PROMETHEUS,
    [
      `--config.file=${options.configFile}`,
      `--storage.tsdb.path=${options.dataDir}`,
      `--storage.tsdb.retention.time=${options.retention}`,
      `--web.listen-address=${address}`,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = once(child, 'exit');
      child.kill();
      await exited;
    }
  };
  const url = `http://${address}`;
  try {
    await waitUntilReady(url, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, child, stop };
}

async function waitUntilReady(url: string, child: ChildProcess) {
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', chunk => {
    stderr += chunk;
  });
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`Prometheus exited before it was ready:\n${stderr}`);
    }
    const status = await fetch(`${url}/-/ready`).then(
      async response => {
        await response.body?.cancel();
        return response.status;
      },
      () => undefined,
    );
    if (status === 200) {
      return;
    }
    await new Promise(resolve => setTimeout(resolve, 100));
  }
  throw new Error(
    `Prometheus was not ready within ${READY_TIMEOUT_MS} ms:\n${stderr}`,
  );
}
