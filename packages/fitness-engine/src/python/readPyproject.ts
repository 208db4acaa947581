import type { SourceTree } from '@internal/source-tree';
import { parse as parseToml } from 'smol-toml';

/** The tables of pyproject.toml the functions read. */
export interface Pyproject {
  'build-system'?: unknown;
  project?: { dependencies?: unknown };
  tool?: {
    alembic?: unknown;
    uv?: { package?: unknown };
    poetry?: {
      'package-mode'?: unknown;
      dependencies?: Record<string, unknown>;
    };
    pdm?: { distribution?: unknown };
  };
}

/** The repository's pyproject.toml; empty when there is none or it is not valid TOML. */
export async function readPyproject(tree: SourceTree): Promise<Pyproject> {
  if (!tree.files.some(f => f.path === 'pyproject.toml')) return {};
  try {
    return parseToml(await tree.readText('pyproject.toml')) as Pyproject;
  } catch {
    return {};
  }
}
