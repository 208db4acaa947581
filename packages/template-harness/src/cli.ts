/*
 * The template harness's command line (docs/golden-paths.md):
 *   template-harness boot <repository> [--service <folder>]
 *   template-harness lock <service folder> [--into <folder>]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { bootProof } from './boot/bootProof';
import { writeLocks } from './boot/pythonLock';
import { formatFailures } from './HarnessFailure';

const USAGE = `usage:
  template-harness boot <repository> [--service <folder>]
      Runs the boot proof of a generated service: its CI steps, its image's
      CMD, its probes and the Prometheus queries of its SLOs.
  template-harness lock <service folder> [--into <folder>]
      Writes requirements.lock and requirements-dev.lock for its pyproject.toml,
      resolved against pip's configured index.`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      service: { type: 'string', default: '.' },
      into: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, target, ...rest] = positionals;
  if (values.help || !target || rest.length) {
    process.stderr.write(`${USAGE}\n`);
    return values.help ? 0 : 64;
  }
  if (command === 'lock') {
    const dir = resolve(target);
    await writeLocks(
      resolve(dir, 'pyproject.toml'),
      resolve(values.into ?? dir),
    );
    return 0;
  }
  if (command === 'boot') {
    const report = await bootProof(resolve(target), {
      service: values.service,
      onProgress: phase => process.stderr.write(`boot: ${phase}…\n`),
    });
    for (const { phase, seconds } of report.phases) {
      process.stdout.write(`${seconds.toFixed(1).padStart(6)} s  ${phase}\n`);
    }
    if (report.failures.length) {
      process.stdout.write(`${formatFailures(target, report.failures)}\n`);
      return 1;
    }
    process.stdout.write(`${target}: boots\n`);
    return 0;
  }
  process.stderr.write(`${USAGE}\n`);
  return 64;
}

main(process.argv.slice(2)).then(
  code => process.exit(code),
  error => {
    process.stderr.write(`template-harness: ${error.message ?? error}\n`);
    process.exit(70);
  },
);
