import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { freePort, startDaemon, waitUntil } from './processes';

/** Debian's Prometheus, private to a proof, scraping the services it is given every second. */
export interface ScrapingPrometheus {
  url: string;
  /** Scrapes `address` (host:port) as job `job` until removed. */
  addTarget(job: string, address: string): Promise<void>;
  removeTarget(job: string): Promise<void>;
  stop(): Promise<void>;
}

export async function startScrapingPrometheus(
  root: string,
): Promise<ScrapingPrometheus> {
  const dir = join(root, 'prometheus');
  await mkdir(dir, { recursive: true });
  const targetsFile = join(dir, 'targets.json');
  const targets = new Map<string, string>();
  const writeTargets = async () => {
    const next = `${targetsFile}.next`;
    await writeFile(
      next,
      JSON.stringify(
        [...targets].map(([job, address]) => ({
          targets: [address],
          labels: { job },
        })),
      ),
    );
    await rename(next, targetsFile);
  };
  await writeTargets();
  const config = join(dir, 'prometheus.yml');
  await writeFile(
    config,
    [
      'global: { scrape_interval: 1s, evaluation_interval: 1s }',
      'scrape_configs:',
      '  - job_name: services',
      '    honor_labels: true',
      `    file_sd_configs: [{ files: [${JSON.stringify(
        targetsFile,
      )}], refresh_interval: 1s }]`,
      '',
    ].join('\n'),
  );
  const address = `127.0.0.1:${await freePort()}`;
  const server = startDaemon(
    '/usr/bin/prometheus',
    [
      `--config.file=${config}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=${address}`,
    ],
    { cwd: dir },
  );
  const url = `http://${address}`;
  await waitUntil(
    'Prometheus',
    async () => (await fetch(`${url}/-/ready`)).status === 200,
    { daemon: server },
  );
  return {
    url,
    async addTarget(job, target) {
      targets.set(job, target);
      await writeTargets();
    },
    async removeTarget(job) {
      targets.delete(job);
      await writeTargets();
    },
    stop: () => server.stop(),
  };
}
