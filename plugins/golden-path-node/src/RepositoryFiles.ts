import { readdir, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { isInside, readLocalTextFile } from '@internal/source-tree';

/**
 * What a change may read of the repository it changes, by path from the
 * repository's root: the local work tree, or a GitHub branch.
 */
export interface RepositoryFiles {
  exists(path: string): Promise<boolean>;
  read(path: string): Promise<string>;
  /** The names in a folder; throws when there is no such folder. */
  list(folder: string): Promise<string[]>;
}

/**
 * The files of a local work tree. Links are followed only while they stay
 * inside it: a repository cannot make the portal read the host's files.
 */
export function workTreeFiles(dir: string): RepositoryFiles {
  const inside = async (path: string) => {
    const [root, real] = await Promise.all([
      realpath(dir),
      realpath(join(dir, path)),
    ]);
    if (!isInside(root, real)) {
      throw new Error(`${path} leads outside ${dir}`);
    }
    return real;
  };
  return {
    exists: path =>
      inside(path).then(
        () => true,
        () => false,
      ),
    read: path => readLocalTextFile(dir, path),
    list: async folder => readdir(await inside(folder)),
  };
}
