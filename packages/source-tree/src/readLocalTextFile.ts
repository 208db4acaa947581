import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { isInside } from './ConfinedRoots';
import { DEFAULT_SOURCE_TREE_LIMITS, SourceTreeLimits } from './SourceTree';
import { classifyContent } from './textContent';

/**
 * Reads one text file below `rootDir` under the tree reader's rules: the
 * path, symlinks resolved, may not leave the root; only a regular file is
 * read, and one over the per-file limit, binary or not UTF-8 is refused with
 * an error that says so. The checks and the read use one file handle, opened
 * without following a link, so the file cannot be swapped in between.
 */
export async function readLocalTextFile(
  rootDir: string,
  path: string,
  limits: Pick<SourceTreeLimits, 'maxFileBytes'> = DEFAULT_SOURCE_TREE_LIMITS,
): Promise<string> {
  if (isAbsolute(path)) {
    throw new Error(`${path} is absolute; give a path relative to its folder`);
  }
  const root = await realpath(rootDir);
  let real: string;
  try {
    real = await realpath(resolve(root, path));
  } catch (error) {
    throw new Error(
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? `${path} does not exist`
        : `${path} cannot be read (${(error as Error).message})`,
    );
  }
  if (!isInside(root, real)) {
    throw new Error(`${path} leads outside ${rootDir}`);
  }
  const file = await open(
    real,
    constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK,
  );
  try {
    const stats = await file.stat();
    if (!stats.isFile()) throw new Error(`${path} is not a regular file`);
    if (stats.size > limits.maxFileBytes) {
      throw new Error(
        `${path} is ${stats.size} bytes, over the ${limits.maxFileBytes}-byte limit per file`,
      );
    }
    // Read to the limit and one byte more, so a file that grew is caught.
    const buffer = Buffer.alloc(limits.maxFileBytes + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await file.read(
        buffer,
        length,
        buffer.length - length,
      );
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > limits.maxFileBytes) {
      throw new Error(
        `${path} grew over the ${limits.maxFileBytes}-byte limit per file while it was read`,
      );
    }
    const content = classifyContent(buffer.subarray(0, length));
    if (content.kind !== 'text') {
      throw new Error(
        content.kind === 'binary'
          ? `${path} is binary`
          : `${path} is not valid UTF-8`,
      );
    }
    return content.text;
  } finally {
    await file.close();
  }
}
