import type { SourceFile } from '@internal/source-tree';
import { discoverModules } from './discoverModules';

/** Top-level packages that hold a project's tests, not the project. */
const TEST_PACKAGES = new Set(['tests', 'test']);

/**
 * The tree's top-level Python packages, sorted: regular packages and
 * namespace packages. `service` leaves out the tests packages.
 */
export function topLevelPackages(
  files: readonly SourceFile[],
  which: 'all' | 'service' = 'all',
): string[] {
  const { modules, namespacePackages } = discoverModules(files);
  const packages = new Set<string>(
    [...namespacePackages].filter(m => !m.includes('.')),
  );
  for (const [module, path] of modules) {
    if (!module.includes('.') && path.endsWith('__init__.py')) {
      packages.add(module);
    }
  }
  return [...packages]
    .filter(name => which === 'all' || !TEST_PACKAGES.has(name))
    .sort();
}
