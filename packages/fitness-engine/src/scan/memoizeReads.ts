import type { SourceTree } from '@internal/source-tree';

/**
 * The same tree, keeping the text of what was read (up to `maxBytes` of
 * UTF-16) so that the graph and every function read each file from disk
 * once per scan.
 */
export function memoizeReads(
  tree: SourceTree,
  maxBytes = 128 * 1024 * 1024,
): SourceTree {
  const texts = new Map<string, Promise<string>>();
  const sizes = new Map(tree.files.map(f => [f.path, f.size]));
  let kept = 0;
  return {
    files: tree.files,
    warnings: tree.warnings,
    contentHash: tree.contentHash,
    readText(path: string) {
      const known = texts.get(path);
      if (known) return known;
      const text = tree.readText(path);
      const size = sizes.get(path) ?? 0;
      if (kept + size * 2 <= maxBytes) {
        kept += size * 2;
        texts.set(path, text);
        text.catch(() => texts.delete(path));
      }
      return text;
    },
  };
}
