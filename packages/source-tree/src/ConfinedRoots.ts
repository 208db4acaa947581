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

  /** Whether a path or glob lies under one of the roots (see {@link refusal}). */
  allows(target: string, cwd = process.cwd()): boolean {
    return this.refusal(target, cwd) === undefined;
  }

  /**
   * Why a path or glob may not be read, or undefined when it lies under one
   * of the roots. Only the part before the first glob segment is resolved as
   * a path, so a glob is refused when it could leave the folder that part
   * names: `..` after a glob segment, braces and extended globs (either can
   * expand to `..` or to several levels), and `**` (a walk of a whole root).
   * What a glob matches must still be checked with {@link contains}: a link
   * inside a root may lead out.
   */
  refusal(target: string, cwd = process.cwd()): string | undefined {
    const segments = target.split(/[\\/]/);
    const firstGlob = segments.findIndex(s => GLOB_CHARACTERS.test(s));
    if (/[{}]/.test(target)) {
      return 'braces ({a,b}) are not allowed in a file location';
    }
    if (/[!?+*@]\(/.test(target)) {
      return 'extended globs such as !(…) and @(…) are not allowed in a file location';
    }
    if (segments.some(s => s.includes('**'))) {
      return '"**" would walk a whole folder tree; name each folder level with "*"';
    }
    if (firstGlob >= 0 && segments.slice(firstGlob).includes('..')) {
      return 'it climbs out with ".." after a glob';
    }
    return this.contains(staticPrefix(target), cwd)
      ? undefined
      : `it is outside the folders the portal may read (${this.describe()})`;
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
