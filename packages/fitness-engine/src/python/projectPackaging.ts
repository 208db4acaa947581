import type { SourceTree } from '@internal/source-tree';
import { readPyproject } from './readPyproject';

/** Whether each installer installs the project itself, from pyproject.toml and setup.py. */
export interface ProjectPackaging {
  /** pyproject.toml declares a `[build-system]`. */
  buildSystem: boolean;
  pip: boolean;
  uv: boolean;
  poetry: boolean;
  pdm: boolean;
}

/**
 * How the project is packaged. pip builds it with its `[build-system]` or
 * its setup.py; uv only with a `[build-system]` (or `tool.uv.package =
 * true`), else the project is virtual; Poetry when `[tool.poetry]` is not
 * `package-mode = false`; PDM with a build system or `tool.pdm.distribution`.
 * A pyproject.toml that is not valid TOML packages nothing.
 */
export async function projectPackaging(
  tree: SourceTree,
): Promise<ProjectPackaging> {
  const pyproject = await readPyproject(tree);
  const buildSystem = pyproject['build-system'] !== undefined;
  const { uv, poetry, pdm } = pyproject.tool ?? {};
  return {
    buildSystem,
    pip: buildSystem || tree.files.some(f => f.path === 'setup.py'),
    uv: typeof uv?.package === 'boolean' ? uv.package : buildSystem,
    poetry:
      (poetry !== undefined || buildSystem) &&
      poetry?.['package-mode'] !== false,
    pdm:
      typeof pdm?.distribution === 'boolean' ? pdm.distribution : buildSystem,
  };
}
