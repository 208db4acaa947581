import type { SourceTree } from '@internal/source-tree';
import { Evidence } from '@internal/plugin-fitness-common';
import { requirementEntries } from './requirementsFile';

/** A file that pins every dependency the service installs. */
export interface LockFile {
  path: string;
  /** For a requirements file: whether every requirement has a `--hash`. */
  hashes?: boolean;
}

const TOOL_LOCKS =
  /^(uv\.lock|poetry\.lock|pdm\.lock|Pipfile\.lock|pylock(\.[^/.]+)?\.toml)$/;
const REQUIREMENTS = /^requirements[^/]*\.(txt|lock)$/;
const EXACT = /^[A-Za-z0-9._-]+(\[[^\]]*\])?\s*===?\s*[^\s,;*]+\s*(;.*)?$/;
/** No requirement is this long: a longer one is reported, not read. */
const MAX_REQUIREMENT = 2_000;

/**
 * The lock files at the repository's root: uv.lock, poetry.lock, pdm.lock,
 * Pipfile.lock, pylock.toml (PEP 751), and every requirements*.txt or
 * requirements*.lock whose requirements are all pinned exactly (`==`);
 * with the requirements that keep the others from being locks.
 */
export async function lockFiles(
  tree: SourceTree,
): Promise<{ locks: LockFile[]; unpinned: Evidence[] }> {
  const locks: LockFile[] = [];
  const unpinned: Evidence[] = [];
  for (const path of tree.files
    .map(f => f.path)
    .filter(p => !p.includes('/'))) {
    if (TOOL_LOCKS.test(path)) locks.push({ path });
    if (!REQUIREMENTS.test(path)) continue;
    const requirements = requirementEntries(await tree.readText(path));
    const loose = requirements.flatMap(r => {
      if (r.text.length > MAX_REQUIREMENT) {
        return [
          {
            path,
            line: r.line,
            message: `not read: a requirement of ${
              r.text.length
            } characters (over ${MAX_REQUIREMENT}) starting ${r.text.slice(
              0,
              40,
            )}…`,
          },
        ];
      }
      return EXACT.test(r.text)
        ? []
        : [{ path, line: r.line, message: `not pinned exactly: ${r.text}` }];
    });
    unpinned.push(...loose);
    if (requirements.length > 0 && loose.length === 0) {
      locks.push({ path, hashes: requirements.every(r => r.hashes > 0) });
    }
  }
  return { locks, unpinned };
}
