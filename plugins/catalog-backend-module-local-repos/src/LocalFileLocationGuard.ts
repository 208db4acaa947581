import { Entity, LocationEntityV1alpha1 } from '@backstage/catalog-model';
import { NotAllowedError } from '@backstage/errors';
import { LocationSpec } from '@backstage/plugin-catalog-common';
import { CatalogProcessor } from '@backstage/plugin-catalog-node';
import { join, dirname } from 'node:path';
import { ConfinedRoots } from '@internal/source-tree';

// The same resolution the catalog's LocationEntityProcessor applies to a
// Location entity's targets before the file reader sees them.
function resolveTarget(base: LocationSpec, target: string) {
  return base.type === 'file' && target.startsWith('.')
    ? join(dirname(base.target), target)
    : target;
}

/**
 * Fails a `file` Location entity whose targets lie outside the configured
 * roots, before any of them is read. This covers locations registered through
 * the API and Location entities inside a registered repository alike.
 */
export class LocalFileLocationGuard implements CatalogProcessor {
  constructor(private readonly roots: ConfinedRoots) {}

  getProcessorName() {
    return 'LocalFileLocationGuard';
  }

  async preProcessEntity(entity: Entity, location: LocationSpec) {
    if (entity.kind !== 'Location') return entity;
    const spec = (entity as LocationEntityV1alpha1).spec;
    const type = spec.type ?? location.type;
    if (type !== 'file') return entity;
    const targets = [spec.target, ...(spec.targets ?? [])].filter(
      (t): t is string => typeof t === 'string',
    );
    for (const target of targets) {
      const resolved = resolveTarget(location, target);
      const refused = this.roots.refusal(resolved);
      if (refused) {
        throw new NotAllowedError(
          `The file location ${resolved} is refused: ${refused}. Register a repository under one of catalog.fileLocationRoots, or add its folder there.`,
        );
      }
    }
    return entity;
  }
}
