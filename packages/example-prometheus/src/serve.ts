/*
 * Runs the example organisation's Prometheus for `npm start`
 * (scripts/example-prometheus.sh): its data in PORTAL_EXAMPLE_PROMETHEUS_DIR,
 * on 127.0.0.1:PORTAL_EXAMPLE_PROMETHEUS_PORT. Writes its URL to `<dir>/url`
 * once ready; stops on SIGINT or SIGTERM, or when the process
 * PORTAL_EXAMPLE_PROMETHEUS_PARENT (the portal) is gone.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startExamplePrometheus } from './examplePrometheus';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function main() {
  const dir = process.env.PORTAL_EXAMPLE_PROMETHEUS_DIR;
  const port = Number(process.env.PORTAL_EXAMPLE_PROMETHEUS_PORT);
  const parent = Number(process.env.PORTAL_EXAMPLE_PROMETHEUS_PARENT);
  if (!dir || !Number.isInteger(port) || port <= 0) {
    throw new Error(
      'set PORTAL_EXAMPLE_PROMETHEUS_DIR and PORTAL_EXAMPLE_PROMETHEUS_PORT',
    );
  }
  const urlFile = join(dir, 'url');
  await rm(urlFile, { force: true });
  const prometheus = await startExamplePrometheus({ dir, port });
  await writeFile(urlFile, prometheus.url);
  process.stdout.write(
    `example Prometheus: the example services' traffic on ${prometheus.url}\n`,
  );
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    rm(urlFile, { force: true })
      .then(() => prometheus.stop())
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  if (parent > 0) {
    setInterval(() => alive(parent) || stop(), 2_000);
  }
}

main().catch(error => {
  process.stderr.write(`example Prometheus: ${error.message ?? error}\n`);
  process.exit(1);
});
