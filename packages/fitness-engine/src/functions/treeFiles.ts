import type { SourceTree } from '@internal/source-tree';
import { isNode, isScalar, LineCounter, parseAllDocuments } from 'yaml';

/** The name of a path's last segment. */
export const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** The paths of the tree's files that match. */
export function pathsMatching(tree: SourceTree, pattern: RegExp): string[] {
  return tree.files.map(f => f.path).filter(p => pattern.test(p));
}

/** A YAML document's value, and where its nodes are in the file. */
export interface LocatedYamlDocument {
  value: unknown;
  /**
   * The 1-based line where the node at `path` starts; for a block scalar
   * (`run: |`), the line of its first content line.
   */
  lineAt(path: ReadonlyArray<string | number>): number | undefined;
  /** Whether the string at `path` is a literal block (`|`), whose lines are the file's lines. */
  isLiteralBlock(path: ReadonlyArray<string | number>): boolean;
}

/** The YAML documents of a file, with their lines; a malformed document is left out. */
export async function locatedYamlDocuments(
  tree: SourceTree,
  path: string,
): Promise<LocatedYamlDocument[]> {
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(await tree.readText(path), {
    lineCounter,
  });
  return (Array.isArray(documents) ? documents : [documents])
    .filter(d => d.errors.length === 0)
    .map(document => {
      const scalarType = (p: ReadonlyArray<string | number>) => {
        const node = document.getIn(p, true);
        return isScalar(node) ? node.type : undefined;
      };
      return {
        value: document.toJS({ maxAliasCount: 100 }) as unknown,
        lineAt(p) {
          const node = document.getIn(p, true);
          if (!isNode(node) || !node.range) return undefined;
          const { line } = lineCounter.linePos(node.range[0]);
          const type = scalarType(p);
          return type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED'
            ? line + 1
            : line;
        },
        isLiteralBlock: p => scalarType(p) === 'BLOCK_LITERAL',
      };
    });
}

/** The YAML documents of a file; a malformed document is left out. */
export async function yamlDocuments(
  tree: SourceTree,
  path: string,
): Promise<unknown[]> {
  return (await locatedYamlDocuments(tree, path)).map(d => d.value);
}

/** The value at a path of keys and indices in parsed YAML or JSON; undefined when it is not there. */
export function valueAt(
  value: unknown,
  path: ReadonlyArray<string | number>,
): unknown {
  return path.reduce<unknown>(
    (v, key) =>
      v && typeof v === 'object'
        ? (v as Record<string | number, unknown>)[key]
        : undefined,
    value,
  );
}

/** The 1-based line of the first match in a text, if any. */
export function lineOf(text: string, pattern: RegExp): number | undefined {
  const match = pattern.exec(text);
  if (!match) return undefined;
  return text.slice(0, match.index).split('\n').length;
}
