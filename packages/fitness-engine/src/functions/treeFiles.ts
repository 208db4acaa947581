import type { SourceTree } from '@internal/source-tree';
import { parseAllDocuments } from 'yaml';

/** The name of a path's last segment. */
export const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** The paths of the tree's files that match. */
export function pathsMatching(tree: SourceTree, pattern: RegExp): string[] {
  return tree.files.map(f => f.path).filter(p => pattern.test(p));
}

/** The YAML documents of a file; a malformed file gives none. */
export async function yamlDocuments(
  tree: SourceTree,
  path: string,
): Promise<unknown[]> {
  const documents = parseAllDocuments(await tree.readText(path));
  return (Array.isArray(documents) ? documents : [documents])
    .filter(d => d.errors.length === 0)
    .map(d => d.toJS({ maxAliasCount: 100 }) as unknown);
}

/** The 1-based line of the first match in a text, if any. */
export function lineOf(text: string, pattern: RegExp): number | undefined {
  const match = pattern.exec(text);
  if (!match) return undefined;
  return text.slice(0, match.index).split('\n').length;
}
