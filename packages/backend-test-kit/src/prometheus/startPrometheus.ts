import { ChildProcess, execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { access, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { OpenMetricsHistory, writeOpenMetricsHistory } from './openMetrics';

const PROMETHEUS = '/usr/bin/prometheus';
const PROMTOOL = '/usr/bin/promtool';
const READY_TIMEOUT_MS = 30_000;

export interface PrometheusFixture {
  /** Base URL, e.g. `http://127.0.0.1:40123`. */
  url: string;
  /** Stops Prometheus and removes its data. */
  stop(): Promise<void>;
}

/**
 * Starts a real Prometheus, without scrape targets, whose TSDB holds the
 * given counter history (ending now unless `end` is given), on the given
 * loopback port or a free one.
 */
export async function startPrometheusWithHistory(
  options: Omit<OpenMetricsHistory, 'end'> & { end?: Date; port?: number },
): Promise<PrometheusFixture> {
  await requireBinaries();
  const dir = await mkdtemp(join(tmpdir(), 'prometheus-fixture-'));
  let child: ChildProcess | undefined;
  const stop = async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = once(child, 'exit');
      child.kill();
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  };

  try {
    const dataDir = join(dir, 'data');
    const samplesFile = join(dir, 'history.om');
    await writeOpenMetricsHistory(samplesFile, {
      ...options,
      end: options.end ?? new Date(),
    });
    await createBlocks(samplesFile, dataDir);
    await rm(samplesFile);

    const configFile = join(dir, 'prometheus.yml');
    await writeFile(configFile, 'scrape_configs: []\n');
    const address = `127.0.0.1:${options.port ?? (await freePort())}`;
    child = spawn(
      PROMETHEUS,
      [
        `--config.file=${configFile}`,
        `--storage.tsdb.path=${dataDir}`,
        '--storage.tsdb.retention.time=60d',
        `--web.listen-address=${address}`,
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    const url = `http://${address}`;
    await waitUntilReady(url, child);
    return { url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function requireBinaries() {
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

async function createBlocks(samplesFile: string, dataDir: string) {
  try {
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
      `promtool tsdb create-blocks-from openmetrics failed (exit code ${code}): ${stderr}`,
    );
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
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
