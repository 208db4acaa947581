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
export const formatLoad = (name: string, r: LoadResult) =>
  `${name.padEnd(9)} ${r.requests.toString().padStart(7)} req  ${r.perSecond
    .toFixed(0)
    .padStart(5)}/s  p50 ${r.p50.toFixed(1).padStart(6)} ms  p95 ${r.p95
    .toFixed(1)
    .padStart(6)} ms  p99 ${r.p99.toFixed(1).padStart(6)} ms  errors ${
    r.errors
  }`;
