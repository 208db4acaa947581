import { once } from 'node:events';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { exampleHistory, exampleMetricsText } from './exampleTraffic';
import { backfill, requireBinaries, runPrometheus } from './prometheusProcess';

/** How far back the first start records the example traffic. */
const HISTORY_DAYS = 30;
const SCRAPE_SECONDS = 15;
/** The newest hours are recorded every minute, as the 5-minute burn-rate windows need; older ones every 5 minutes. */
const FINE_HOURS = 2;

export interface ExamplePrometheus {
  url: string;
  /** Stops Prometheus and the example services' exporter; keeps the data. */
  stop(): Promise<void>;
}

const minuteFloor = (ms: number) => Math.floor(ms / 60_000) * 60;

/**
 * The example organisation's Prometheus, its data kept in `dir`. The first
 * start records 30 days of the example services' traffic; each later start
 * records the time it was stopped; while it runs, it scrapes the traffic
 * every 15 seconds from an exporter on a free loopback port.
 */
export async function startExamplePrometheus(options: {
  dir: string;
  port: number;
  /** Where the recorded history ends (ms since the epoch); now by default. */
  recordUntil?: number;
}): Promise<ExamplePrometheus> {
  await requireBinaries();
  const dataDir = join(options.dir, 'data');
  const recordedUntil = join(options.dir, 'recorded-until');
  await mkdir(options.dir, { recursive: true });

  const now = minuteFloor(options.recordUntil ?? Date.now());
  const last = Number(await readFile(recordedUntil, 'utf8').catch(() => ''));
  const from =
    Number.isFinite(last) && last > 0 ? last : now - HISTORY_DAYS * 86_400;
  const fine = Math.max(from, now - FINE_HOURS * 3600);
  if (fine > from) {
    await backfill(exampleHistory(from, fine, 300), dataDir);
  }
  if (now > fine) {
    await backfill(exampleHistory(fine, now, 60), dataDir);
  }
  const record = async () => {
    await writeFile(`${recordedUntil}.next`, String(minuteFloor(Date.now())));
    await rename(`${recordedUntil}.next`, recordedUntil);
  };
  await record();

  const exporter = createServer((req, res) => {
    if (req.url !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4' });
    res.end(exampleMetricsText(Date.now() / 1000));
  });
  exporter.listen(0, '127.0.0.1');
  await once(exporter, 'listening');
  const target = `127.0.0.1:${(exporter.address() as AddressInfo).port}`;

  const configFile = join(options.dir, 'prometheus.yml');
  await writeFile(
    configFile,
    [
      `global: { scrape_interval: ${SCRAPE_SECONDS}s }`,
      'scrape_configs:',
      '  - job_name: example-services',
      '    honor_labels: true',
      `    static_configs: [{ targets: [${JSON.stringify(target)}] }]`,
      '',
    ].join('\n'),
  );
  const closeExporter = async () => {
    exporter.close();
    exporter.closeAllConnections();
  };
  let prometheus;
  try {
    prometheus = await runPrometheus({
      configFile,
      dataDir,
      port: options.port,
      retention: `${HISTORY_DAYS + 5}d`,
    });
  } catch (error) {
    await closeExporter();
    throw error;
  }
  const recording = setInterval(() => {
    record().catch(() => undefined);
  }, 60_000);
  const running = prometheus;
  return {
    url: running.url,
    async stop() {
      clearInterval(recording);
      await record().catch(() => undefined);
      await running.stop();
      await closeExporter();
    },
  };
}
