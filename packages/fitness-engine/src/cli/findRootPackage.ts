import type { SourceTree } from '@internal/source-tree';
import { discoverModules } from '../python/discoverModules';
import { topLevelPackages } from '../python/topLevelPackages';
import { UsageError } from './UsageError';

/**
 * The service's top-level Python package: `requested` when given (it must
 * exist), else the only top-level package that is not a tests package.
 * Throws UsageError when there is none, or more than one, to choose from.
 */
export function findRootPackage(
  tree: SourceTree,
  dir: string,
  requested: string | undefined,
): string {
  const found = topLevelPackages(tree.files);
  if (requested !== undefined) {
    if (
      !found.includes(requested) &&
      !discoverModules(tree.files).modules.has(requested)
    ) {
      throw new UsageError(
        `--package ${requested}: no such top-level package in ${dir}${
          found.length ? ` (found: ${found.join(', ')})` : ''
        }`,
      );
    }
    return requested;
  }
  const candidates = topLevelPackages(tree.files, 'service');
  if (candidates.length === 1) return candidates[0];
  if (candidates.length === 0) {
    throw new UsageError(`no top-level Python package found in ${dir}`);
  }
  throw new UsageError(
    `${dir} has several top-level packages (${candidates.join(
      ', ',
    )}); choose one with --package`,
  );
}
