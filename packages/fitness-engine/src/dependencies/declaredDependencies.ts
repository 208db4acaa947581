import type { SourceTree } from '@internal/source-tree';
import { readPyproject } from '../python/readPyproject';
import { requirementEntries } from './requirementsFile';

/** A package name as PyPI compares them (PEP 503): `Prometheus_Client` → `prometheus-client`. */
export const normalizedName = (name: string) =>
  name.toLowerCase().replace(/[-_.]+/g, '-');

const nameOf = (requirement: string) =>
  /^[A-Za-z0-9][A-Za-z0-9._-]*/.exec(requirement.trim())?.[0];

/**
 * The service's runtime dependencies, by normalized name, and the file that
 * declares each: `[project] dependencies` and `[tool.poetry.dependencies]`
 * of pyproject.toml, and requirements.txt and requirements.lock.
 */
export async function declaredDependencies(
  tree: SourceTree,
): Promise<Map<string, string>> {
  const paths = new Set(tree.files.map(f => f.path));
  const declared = new Map<string, string>();
  const add = (name: string | undefined, path: string) => {
    if (name && !declared.has(normalizedName(name))) {
      declared.set(normalizedName(name), path);
    }
  };
  const pyproject = await readPyproject(tree);
  const dependencies = pyproject.project?.dependencies;
  for (const d of Array.isArray(dependencies) ? dependencies : []) {
    if (typeof d === 'string') add(nameOf(d), 'pyproject.toml');
  }
  for (const name of Object.keys(pyproject.tool?.poetry?.dependencies ?? {})) {
    add(name, 'pyproject.toml');
  }
  for (const path of ['requirements.txt', 'requirements.lock'].filter(p =>
    paths.has(p),
  )) {
    for (const r of requirementEntries(await tree.readText(path)))
      add(nameOf(r.text), path);
  }
  return declared;
}
