import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

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

/** The files of a local work tree. */
export function workTreeFiles(dir: string): RepositoryFiles {
  return {
    exists: async path => existsSync(join(dir, path)),
    read: path => readFile(join(dir, path), 'utf8'),
    list: folder => readdir(join(dir, folder)),
  };
}
