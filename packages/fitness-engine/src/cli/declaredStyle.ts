import type { SourceTree } from '@internal/source-tree';
import type { ArchitectureStyle } from '../functions/FitnessFunction';

const STYLES: readonly ArchitectureStyle[] = [
  'clean',
  'hexagonal-cqrs',
  'modular-monolith',
  'platform-monorepo',
];

const ANNOTATION =
  /^\s+golden-path\/architecture:\s*["']?([a-z-]+)["']?\s*(?:#.*)?$/m;

/**
 * The `golden-path/architecture` annotation of the tree's root
 * `catalog-info.yaml`, when it names a known style. A line match, not a
 * YAML parse: the CLI only needs this one plain scalar, and any other
 * spelling falls back to `--style` or the default.
 */
export async function declaredStyle(
  tree: SourceTree,
): Promise<ArchitectureStyle | undefined> {
  if (!tree.files.some(file => file.path === 'catalog-info.yaml')) {
    return undefined;
  }
  const match = ANNOTATION.exec(await tree.readText('catalog-info.yaml'));
  const style = match?.[1] as ArchitectureStyle | undefined;
  return style && STYLES.includes(style) ? style : undefined;
}
