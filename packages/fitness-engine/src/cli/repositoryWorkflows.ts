import { readLocalSourceTree, SourceTree } from '@internal/source-tree';
import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';

const isDirectory = (path: string) =>
  stat(path).then(
    s => s.isDirectory(),
    () => false,
  );

/**
 * When `dir` is a folder inside a git repository rather than its root (a
 * service of a monorepo), the workflows in the repository's root
 * `.github/workflows`: CI runs only from there.
 */
export async function repositoryWorkflows(
  dir: string,
): Promise<SourceTree | undefined> {
  if (await isDirectory(join(dir, '.git'))) return undefined;
  for (let up = dirname(dir); up !== dirname(up); up = dirname(up)) {
    if (await isDirectory(join(up, '.git'))) {
      const workflows = join(up, '.github/workflows');
      return (await isDirectory(workflows))
        ? readLocalSourceTree(workflows)
        : undefined;
    }
  }
  return undefined;
}
