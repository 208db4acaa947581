import { readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { isInside } from './ConfinedRoots';
import { DEFAULT_SOURCE_TREE_LIMITS, SourceTreeLimits } from './SourceTree';
import { classifyContent } from './textContent';

/**
 * Reads one text file below `rootDir` under the tree reader's rules: the
 * path, symlinks resolved, may not leave the root, and a file over the
 * per-file limit, binary or not UTF-8 is refused with an error that says so.
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
  } catch {
    throw new Error(`${path} does not exist`);
  }
  if (!isInside(root, real)) {
    throw new Error(`${path} leads outside ${rootDir}`);
  }
  const { size } = await stat(real);
  if (size > limits.maxFileBytes) {
    throw new Error(
      `${path} is ${size} bytes, over the ${limits.maxFileBytes}-byte limit per file`,
    );
  }
  const content = classifyContent(await readFile(real));
  if (content.kind !== 'text') {
    throw new Error(
      content.kind === 'binary'
        ? `${path} is binary`
        : `${path} is not valid UTF-8`,
    );
  }
  return content.text;
}
