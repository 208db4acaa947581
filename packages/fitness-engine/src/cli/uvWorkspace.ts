import type { SourceTree } from '@internal/source-tree';
import { minimatch } from 'minimatch';
import { parse as parseToml } from 'smol-toml';
import { UsageError } from './UsageError';

const MANIFEST = 'pyproject.toml';

function stringList(value: unknown, option: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every(v => typeof v === 'string')) {
    throw new UsageError(
      `${MANIFEST}: tool.uv.workspace.${option} must be a list of glob strings`,
    );
  }
  return value;
}

/**
 * The members of the uv workspace whose root `tree` is, as uv finds them:
 * each folder that matches a glob of `tool.uv.workspace.members`, matches
 * none of `exclude`, and holds a `pyproject.toml`. Undefined when the tree's
 * `pyproject.toml` declares no workspace.
 */
export async function uvWorkspaceMembers(
  tree: SourceTree,
): Promise<string[] | undefined> {
  if (!tree.files.some(f => f.path === MANIFEST)) return undefined;
  let data: Record<string, any>;
  try {
    data = parseToml(await tree.readText(MANIFEST));
  } catch {
    // An unreadable manifest is reported by the functions that read it.
    return undefined;
  }
  const workspace = data.tool?.uv?.workspace;
  if (typeof workspace !== 'object' || workspace === null) return undefined;
  const members = stringList(workspace.members, 'members');
  const exclude = stringList(workspace.exclude, 'exclude');
  const matches = (globs: string[], dir: string) =>
    globs.some(glob => minimatch(dir, glob.replace(/^\.\/|\/$/g, '')));
  return tree.files
    .filter(f => f.path.endsWith(`/${MANIFEST}`))
    .map(f => f.path.slice(0, -MANIFEST.length - 1))
    .filter(dir => matches(members, dir) && !matches(exclude, dir))
    .sort();
}
