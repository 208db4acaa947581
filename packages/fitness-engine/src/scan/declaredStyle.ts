import type { SourceTree } from '@internal/source-tree';
import {
  isArchitectureStyle,
  type ArchitectureStyle,
} from '@internal/plugin-fitness-common';

const ANNOTATION =
  /^[ \t]+golden-path\/architecture:[ \t]*["']?([a-z-]+)["']?[ \t]*(?:#.*)?$/m;

/**
 * The `golden-path/architecture` annotation of the tree's root
 * `catalog-info.yaml`, when it names a known style. A line match, not a
 * YAML parse: a scan only needs this one plain scalar, and any other
 * spelling counts as no style. Horizontal whitespace only, so that the
 * pattern stays linear on a file of blank lines.
 */
export async function declaredStyle(
  tree: SourceTree,
): Promise<ArchitectureStyle | undefined> {
  if (!tree.files.some(file => file.path === 'catalog-info.yaml')) {
    return undefined;
  }
  const match = ANNOTATION.exec(await tree.readText('catalog-info.yaml'));
  const style = match?.[1];
  return isArchitectureStyle(style) ? style : undefined;
}
