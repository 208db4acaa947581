import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'smol-toml';
import { proofPython } from './proofPython';

const run = promisify(execFile);

/** The lock of what the image runs, and the lock CI installs (runtime and dev tools). */
export const RUNTIME_LOCK = 'requirements.lock';
export const DEV_LOCK = 'requirements-dev.lock';

type Pyproject = {
  project?: { dependencies?: string[] };
  'build-system'?: { requires?: string[] };
  'dependency-groups'?: { dev?: string[] };
};

type PipReport = {
  install: {
    metadata: { name: string; version: string };
    download_info: { archive_info?: { hashes?: { sha256?: string } } };
  }[];
};

/** The requirements each lock must satisfy, read from pyproject.toml. */
export async function lockInputs(pyprojectFile: string) {
  const pyproject = parse(await readFile(pyprojectFile, 'utf8')) as Pyproject;
  // The image installs the project itself with --no-build-isolation.
  const runtime = [
    ...(pyproject.project?.dependencies ?? []),
    ...(pyproject['build-system']?.requires ?? []),
  ];
  return {
    [RUNTIME_LOCK]: runtime,
    [DEV_LOCK]: [...runtime, ...(pyproject['dependency-groups']?.dev ?? [])],
  };
}

/**
 * Resolves `requirements` against pip's configured index (as a fresh install
 * on this Python would) and renders them pinned, with each file's sha256, in
 * the format `pip install --require-hashes` reads.
 */
export async function resolveLock(requirements: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'python-lock-'));
  try {
    const report = join(dir, 'report.json');
    // Resolved for the Python the boot proof runs, so that its markers agree.
    const { python, env } = await proofPython();
    await run(python, ['-m', 'venv', join(dir, 'venv')], {
      env: { ...process.env, ...env },
    });
    await run(
      join(dir, 'venv/bin/python'),
      [
        ...['-m', 'pip', 'install', '--quiet', '--dry-run'],
        ...['--ignore-installed', '--report', report],
        ...requirements,
      ],
      {
        env: { ...process.env, ...env, PIP_RETRIES: '0' },
        maxBuffer: 16 << 20,
      },
    );
    const { install } = JSON.parse(await readFile(report, 'utf8')) as PipReport;
    return install
      .map(({ metadata, download_info }) => {
        const sha = download_info.archive_info?.hashes?.sha256;
        if (!sha) {
          throw new Error(
            `the index gives no sha256 for ${metadata.name} ${metadata.version}`,
          );
        }
        return `${metadata.name.toLowerCase()}==${
          metadata.version
        } \\\n    --hash=sha256:${sha}\n`;
      })
      .sort()
      .join('');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Writes both locks of the service whose pyproject.toml is `pyprojectFile` into `into`. */
export async function writeLocks(pyprojectFile: string, into: string) {
  const inputs = await lockInputs(pyprojectFile);
  for (const [file, requirements] of Object.entries(inputs)) {
    const body = await resolveLock(requirements);
    await writeFile(
      join(into, file),
      `# ${file}: made by \`yarn template-harness lock\` from pyproject.toml against pip's configured index.\n${body}`,
    );
  }
}
