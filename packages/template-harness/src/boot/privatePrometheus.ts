import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { freePort, runPrometheus } from '@internal/example-prometheus';

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
  const server = await runPrometheus({
    configFile: config,
    dataDir: join(dir, 'data'),
    port: await freePort(),
    retention: '1d',
  });
  return {
    url: server.url,
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
