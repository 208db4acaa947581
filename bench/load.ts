import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

export interface LoadResult {
  requests: number;
  errors: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

const WRK = '/usr/bin/wrk';

/** wrk cycles through the paths with the header and reports in JSON (ms). */
const script = (paths: string[], authorization: string) => `
local paths = { ${paths.map(p => JSON.stringify(p)).join(', ')} }
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1], { ["Authorization"] = ${JSON.stringify(
    authorization,
  )} })
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"errors":%d,"seconds":%f,"p50":%f,"p95":%f,"p99":%f}\\n',
    summary.requests, e.status + e.connect + e.read + e.write + e.timeout,
    summary.duration / 1e6, latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
`;

/**
 * Loads the server with wrk (Debian's package): `clients` connections on two
 * threads for `seconds`, cycling through the paths. Latencies in ms; any
 * answer but 2xx/3xx counts as an error.
 */
export async function load(options: {
  baseUrl: string;
  paths: string[];
  authorization: string;
  clients: number;
  seconds: number;
}): Promise<LoadResult> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-wrk-'));
  try {
    const file = join(dir, 'load.lua');
    await writeFile(file, script(options.paths, options.authorization));
    const { stdout } = await promisify(execFile)(WRK, [
      '-t2',
      `-c${options.clients}`,
      `-d${options.seconds}s`,
      '--timeout',
      '10s',
      '-s',
      file,
      options.baseUrl,
    ]).catch(error => {
      throw new Error(
        error.code === 'ENOENT'
          ? 'wrk is missing: apt-get install wrk'
          : `wrk failed: ${error.stderr ?? error.message}`,
      );
    });
    const result = JSON.parse(stdout.trim().split('\n').at(-1)!);
    return {
      requests: result.requests,
      errors: result.errors,
      perSecond: result.requests / result.seconds,
      p50: result.p50,
      p95: result.p95,
      p99: result.p99,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One line of a load result, for the benchmarks' reports. */
const formatLoad = (name: string, r: LoadResult) =>
  `${name.padEnd(9)} ${r.requests.toString().padStart(7)} req  ${r.perSecond
    .toFixed(0)
    .padStart(5)}/s  p50 ${r.p50.toFixed(1).padStart(6)} ms  p95 ${r.p95
    .toFixed(1)
    .padStart(6)} ms  p99 ${r.p99.toFixed(1).padStart(6)} ms  errors ${
    r.errors
  }`;

/** The catalog's read of one entity: the baseline the API benchmarks compare with. */
export const CATALOG_BASELINE_PATH =
  '/api/catalog/entities/by-name/component/default/platform-api';

/**
 * Loads the paths and the catalog baseline in turn, `runs` times after a 5 s
 * warm-up, printing each phase and then the medians against the goal
 * (p95 ≤ 50 ms and no errors).
 */
export async function compareWithBaseline(options: {
  baseUrl: string;
  authorization: string;
  label: string;
  paths: string[];
  clients: number;
  seconds: number;
  runs: number;
}): Promise<void> {
  const { baseUrl, authorization, clients } = options;
  for (const path of [CATALOG_BASELINE_PATH, options.paths[0]]) {
    const first = await fetch(`${baseUrl}${path}`, {
      headers: { Authorization: authorization },
    });
    if (first.status !== 200) {
      throw new Error(`${path} answered ${first.status}`);
    }
  }
  const phase = (paths: string[], seconds: number) =>
    load({ baseUrl, paths, authorization, clients, seconds });
  await phase(options.paths, 5);
  const measured: number[] = [];
  const baseline: number[] = [];
  let errors = 0;
  for (let run = 1; run <= options.runs; run++) {
    const base = await phase([CATALOG_BASELINE_PATH], options.seconds);
    const result = await phase(options.paths, options.seconds);
    baseline.push(base.p95);
    measured.push(result.p95);
    errors += result.errors;
    process.stdout.write(
      `run ${run}\n  ${formatLoad('baseline', base)}\n  ${formatLoad(
        options.label,
        result,
      )}\n`,
    );
  }
  const p95 = median(measured);
  const baselineP95 = median(baseline);
  process.stdout.write(
    `median p95: ${options.label} ${p95.toFixed(
      1,
    )} ms, baseline ${baselineP95.toFixed(1)} ms, ratio ${(
      p95 / baselineP95
    ).toFixed(2)}; errors ${errors}; goal p95 <= 50 ms and no errors: ${
      p95 <= 50 && errors === 0 ? 'met' : 'NOT met'
    }\n`,
  );
}
