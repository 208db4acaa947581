import type { SourceTree } from '@internal/source-tree';
import { discoverModules } from '../python/discoverModules';
import { UsageError } from './UsageError';

/** Top-level packages that hold a service's tests, not the service. */
const TEST_PACKAGES = new Set(['tests', 'test']);

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
  const { modules, namespacePackages } = discoverModules(tree.files);
  const packages = new Set<string>(
    [...namespacePackages].filter(m => !m.includes('.')),
  );
  for (const [module, path] of modules) {
    if (!module.includes('.') && path.endsWith('__init__.py')) {
      packages.add(module);
    }
  }
  const found = [...packages].sort();
  if (requested !== undefined) {
    if (!packages.has(requested) && !modules.has(requested)) {
      throw new UsageError(
        `--package ${requested}: no such top-level package in ${dir}${
          found.length ? ` (found: ${found.join(', ')})` : ''
        }`,
      );
    }
    return requested;
  }
  const candidates = found.filter(name => !TEST_PACKAGES.has(name));
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
