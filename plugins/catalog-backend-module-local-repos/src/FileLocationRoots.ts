import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { Config } from '@backstage/config';

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

/** The configured roots under which `file` locations may be read. */
export class FileLocationRoots {
  private constructor(private readonly roots: string[]) {}

  static fromConfig(config: Config, cwd = process.cwd()): FileLocationRoots {
    const roots =
      config.getOptionalStringArray('catalog.fileLocationRoots') ?? [];
    return new FileLocationRoots(
      roots.map(root => realpathOfExistingPart(resolve(cwd, root))),
    );
  }

  /** Whether a location target (a path or glob) lies under one of the roots. */
  allows(target: string, cwd = process.cwd()): boolean {
    const real = realpathOfExistingPart(resolve(cwd, staticPrefix(target)));
    return this.roots.some(root => {
      const inside = relative(root, real);
      return inside === '' || (!inside.startsWith('..') && !isAbsolute(inside));
    });
  }

  describe(): string {
    return this.roots.length ? this.roots.join(', ') : '(none configured)';
  }
}
