import { execFile } from 'node:child_process';
import {
  access,
  chmod,
  cp,
  mkdir,
  rename,
  rm,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runCommand } from './processes';

const run = promisify(execFile);
const CANDIDATES = ['python3', '/usr/bin/python3'];
/** The uid the staging check runs as: any unprivileged user, like an image's. */
const PROBE_UID = 10001;

export interface ProofPython {
  /** The interpreter to create virtualenvs with. */
  python: string;
  /** major.minor, e.g. 3.11. */
  version: string;
  /** What every process of that interpreter needs in its environment. */
  env: Record<string, string>;
}

type Found = { executable: string; prefix: string; version: number[] };

async function describe(candidate: string): Promise<Found | undefined> {
  try {
    const { stdout } = await run(candidate, [
      '-c',
      'import sys; print(sys.executable); print(sys.base_prefix); print(*sys.version_info[:3])',
    ]);
    const [executable, prefix, version] = stdout.trim().split('\n');
    return { executable, prefix, version: version.split(' ').map(Number) };
  } catch {
    return undefined;
  }
}

const compare = (a: number[], b: number[]) =>
  a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

let chosen: Promise<ProofPython> | undefined;

/**
 * The newest Python 3 on this machine (pyenv's or Debian's; a newer patch
 * release matters: redis-py needs async-timeout before 3.11.3, which pip's
 * index here lacks), where an image's unprivileged numeric user can run it
 * as it runs an image's /usr/local/bin/python. An interpreter under a home
 * folder that user cannot enter (root's pyenv) is staged once, without its
 * site-packages, under the temporary folder.
 */
export function proofPython(): Promise<ProofPython> {
  chosen ??= choose();
  return chosen;
}

async function choose(): Promise<ProofPython> {
  const found = (await Promise.all(CANDIDATES.map(describe))).filter(
    (f): f is Found => f !== undefined,
  );
  if (found.length === 0) throw new Error('no python3 on this machine');
  const newest = found.sort((a, b) => compare(b.version, a.version))[0];
  const version = newest.version.slice(0, 2).join('.');
  if (process.getuid?.() !== 0) {
    return { python: newest.executable, version, env: {} };
  }
  const probe = await runCommand({
    command: newest.executable,
    args: ['-c', 'pass'],
    cwd: '/',
    uid: PROBE_UID,
    gid: PROBE_UID,
  }).catch(() => ({ code: 1 }));
  if (probe.code === 0) return { python: newest.executable, version, env: {} };
  const staged = await stage(newest);
  return {
    python: staged.python,
    version,
    env: { LD_LIBRARY_PATH: staged.lib },
  };
}

async function stage(found: Found) {
  const minor = found.version.slice(0, 2).join('.');
  const dir = join(tmpdir(), `boot-proof-python-${found.version.join('.')}`);
  const python = join(dir, 'bin', `python${minor}`);
  const lib = join(dir, 'lib');
  const done = join(dir, '.staged');
  if (
    await access(done).then(
      () => true,
      () => false,
    )
  )
    return { python, lib };
  const partial = `${dir}.partial-${process.pid}`;
  await rm(partial, { recursive: true, force: true });
  await mkdir(join(partial, 'bin'), { recursive: true });
  await cp(
    join(found.prefix, 'bin', `python${minor}`),
    join(partial, 'bin', `python${minor}`),
  );
  await cp(join(found.prefix, 'lib'), join(partial, 'lib'), {
    recursive: true,
    filter: source =>
      !/\/lib\/python\d+\.\d+\/(site-packages|test)(\/|$)/.test(source) &&
      !/\/lib\/pkgconfig(\/|$)/.test(source),
  });
  await writeFile(join(partial, '.staged'), `${found.executable}\n`);
  await chmod(partial, 0o755);
  await rm(dir, { recursive: true, force: true });
  await rename(partial, dir);
  return { python, lib };
}
