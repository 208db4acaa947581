import type { SourceTree } from '@internal/source-tree';
import { createHash } from 'node:crypto';

/** A {@link SourceTree} over files in memory, for tests. */
export function memorySourceTree(files: Record<string, string>): SourceTree {
  const paths = Object.keys(files).sort();
  const hash = createHash('sha256');
  for (const path of paths) hash.update(`${path}\0${files[path]}\0`);
  return {
    files: paths.map(path => ({ path, size: Buffer.byteLength(files[path]) })),
    warnings: [],
    contentHash: hash.digest('hex'),
    async readText(path: string) {
      if (!(path in files)) {
        throw new Error(`${path} is not a readable text file of this tree`);
      }
      return files[path];
    },
  };
}
