import type { Invocation } from '../shell/invocation';
import type { LockFile } from './lockFiles';
import { optionValues, pipArguments } from './pipArguments';

const PIP = /^pip(\d+(\.\d+)?)?$/;
const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** What a command installs Python packages with, if it does. */
function installer(
  invocation: Invocation,
): { files: string[]; locked: boolean } | undefined {
  const { program, args } = invocation;
  const has = (...options: string[]) =>
    args.some(a => options.some(o => a === o || a.startsWith(`${o}=`)));
  const uvPip = program === 'uv' && args[0] === 'pip';
  if (
    (PIP.test(program) && args[0] === 'install') ||
    (uvPip && args[1] === 'install')
  ) {
    const parsed = pipArguments(args.slice(uvPip ? 2 : 1));
    const files = optionValues(
      parsed,
      '-r',
      '--requirement',
      '-c',
      '--constraint',
    );
    if (files.length === 0 && parsed.options.has('--no-deps')) return undefined;
    return { files, locked: files.length > 0 };
  }
  if ((uvPip && args[1] === 'sync') || program === 'pip-sync') {
    const files = pipArguments(args.slice(uvPip ? 2 : 0)).targets;
    return { files, locked: true };
  }
  if (program === 'uv' && (args[0] === 'sync' || args[0] === 'run')) {
    return args[0] === 'sync' || has('--locked', '--frozen')
      ? { files: ['uv.lock'], locked: has('--locked', '--frozen') }
      : undefined;
  }
  if (program === 'poetry' && (args[0] === 'install' || args[0] === 'sync')) {
    return { files: ['poetry.lock'], locked: true };
  }
  if (program === 'pdm' && (args[0] === 'install' || args[0] === 'sync')) {
    return {
      files: ['pdm.lock'],
      locked: args[0] === 'sync' || has('--frozen-lockfile', '--check'),
    };
  }
  if (program === 'pipenv' && (args[0] === 'install' || args[0] === 'sync')) {
    return {
      files: ['Pipfile.lock'],
      locked: args[0] === 'sync' || has('--deploy', '--ignore-pipfile'),
    };
  }
  return undefined;
}

/**
 * How a command uses the locks: `installs` the lock it installs from
 * (`pip install -r requirements.lock`, `uv pip sync`, `uv sync --locked`
 * or `--frozen`, `poetry install`, `pdm sync`, `pipenv sync`), `unlocked`
 * when it installs packages without one (`uv sync` alone may update
 * uv.lock), undefined when it installs nothing.
 */
export function lockUse(
  invocation: Invocation,
  locks: LockFile[],
): { installs: LockFile } | 'unlocked' | undefined {
  const found = installer(invocation);
  if (!found) return undefined;
  const lock = found.locked
    ? locks.find(l => found.files.some(f => baseName(f) === baseName(l.path)))
    : undefined;
  return lock ? { installs: lock } : 'unlocked';
}
