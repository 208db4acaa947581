import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

const GLOB_CHARACTERS = /[*?[\]{}()!]/;

// The part of a path before its first glob segment: 'templates/*/t.yaml' → 'templates'.
function staticPrefix(path: string): string {
  const segments = path.split(/[\\/]/);
  const firstGlob = segments.findIndex(s => GLOB_CHARACTERS.test(s));
  return firstGlob === -1
    ? path
    : segments.slice(0, firstGlob).join(sep) || sep;
}

// Resolves symlinks as far as the path exists, so that a link inside a root
// that points outside is caught even when its final component does not exist.
function realpathOfExistingPart(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    if (parent === path) return path;
    return resolve(realpathOfExistingPart(parent), relative(parent, path));
  }
}

/** True when `path` is `root` or lies below it. Both must be absolute. */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return (
    rel === '' ||
    (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel))
  );
}

/**
 * Files and folders under which local paths may be read. Symlinks are
 * resolved before the check, so a link that leads out does not count as in.
 */
export class ConfinedRoots {
  private readonly roots: string[];

  constructor(roots: string[], cwd = process.cwd()) {
    this.roots = roots.map(root => realpathOfExistingPart(resolve(cwd, root)));
  }

  /** Whether a path or glob lies under one of the roots. */
  allows(target: string, cwd = process.cwd()): boolean {
    return this.contains(staticPrefix(target), cwd);
  }

  /** Whether a path, taken as it is (no glob), lies under one of the roots. */
  contains(path: string, cwd = process.cwd()): boolean {
    const real = realpathOfExistingPart(resolve(cwd, path));
    return this.roots.some(root => isInside(root, real));
  }

  describe(): string {
    return this.roots.length ? this.roots.join(', ') : '(none configured)';
  }
}
