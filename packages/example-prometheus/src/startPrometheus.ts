import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OpenMetricsHistory } from './openMetrics';
import { freePort } from './freePort';
import {
  backfill,
  requireBinaries,
  RunningPrometheus,
  runPrometheus,
} from './prometheusProcess';

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
  let running: RunningPrometheus | undefined;
  const stop = async () => {
    await running?.stop();
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const dataDir = join(dir, 'data');
    await backfill({ ...options, end: options.end ?? new Date() }, dataDir);
    const configFile = join(dir, 'prometheus.yml');
    await writeFile(configFile, 'scrape_configs: []\n');
    running = await runPrometheus({
      configFile,
      dataDir,
      port: options.port ?? (await freePort()),
      retention: '60d',
    });
    return { url: running.url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
