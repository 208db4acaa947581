import type { SourceTree, SourceTreeWarning } from '@internal/source-tree';
import { discoverModules } from '../python/discoverModules';
import { isReadByFunctions } from './readByFunctions';

/** A file the functions should have read and could not, and why. */
export interface SkippedFile {
  path: string;
  reason: SourceTreeWarning['reason'] | 'syntax-error';
  message: string;
}

/** A Python module whose imports are not (all) known, for the contracts. */
export interface UnreadableModule {
  module: string;
  path: string;
  reason: SkippedFile['reason'];
}

const LIMITS = new Set<SourceTreeWarning['reason']>([
  'file-limit',
  'total-size-limit',
]);

/**
 * What the tree's reader left out, as a scan reports it: each limit that
 * cut the tree short, and each file the functions read that was skipped
 * (also listed on its own, with its reason).
 */
export function readerWarnings(tree: SourceTree): {
  warnings: string[];
  skipped: SkippedFile[];
} {
  const skipped = skippedFiles(tree);
  return {
    warnings: [
      ...tree.warnings
        .filter(w => LIMITS.has(w.reason))
        .map(w => `limit reached: ${w.message}`),
      ...skipped.map(f => `not read: ${f.message}`),
    ],
    skipped,
  };
}

/**
 * The files the tree's reader left out that the functions read (a `.py`
 * file with a NUL byte, one over the size limit, a symlink out of the tree
 * …). Limits that cut the tree short are warnings of their own. A file the
 * functions never look at (an image, a translation) is not listed.
 */
function skippedFiles(tree: SourceTree): SkippedFile[] {
  return tree.warnings
    .filter(
      w =>
        !LIMITS.has(w.reason) &&
        (w.reason.startsWith('symlink') ||
          w.reason === 'unreadable' ||
          isReadByFunctions(w.path)),
    )
    .map(({ path, reason, message }) => ({ path, reason, message }));
}

/**
 * The modules of `files` (skipped, or read but not parsed) as Python would
 * name them beside the tree's other files.
 */
export function unreadableModules(
  tree: SourceTree,
  files: readonly SkippedFile[],
): UnreadableModule[] {
  const python = files.filter(f => f.path.endsWith('.py'));
  if (python.length === 0) return [];
  const byPath = new Map(python.map(f => [f.path, f]));
  const read = new Set(tree.files.map(f => f.path));
  const { modules } = discoverModules([
    ...tree.files,
    ...python.filter(f => !read.has(f.path)),
  ]);
  const found: UnreadableModule[] = [];
  for (const [module, path] of modules) {
    const file = byPath.get(path);
    if (file) found.push({ module, path, reason: file.reason });
  }
  return found;
}
