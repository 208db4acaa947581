import { lstat, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { InputError } from '@backstage/errors';

/** Refuses `path` (below `root`) when it is a link: no repository gets one from a template. */
export async function refuseLink(root: string, path: string): Promise<void> {
  if ((await lstat(path)).isSymbolicLink()) {
    throw new InputError(
      `${relative(
        root,
        path,
      )} is a symbolic link; the portal copies no link into a repository`,
    );
  }
}

/** Refuses a generated tree that holds a link anywhere. */
export async function assertNoLinks(root: string, dir = root): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    await refuseLink(root, path);
    if (entry.isDirectory()) await assertNoLinks(root, path);
  }
}
