import { posix } from 'node:path';
import { Entity } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import {
  ANNOTATION_ADR_LOCATION,
  EntityAdrs,
  collectAdrs,
  isAdrFile,
} from '@internal/plugin-adr-common';
import { SourceTreeService } from '@internal/plugin-source-tree-node';
import { SourceTree } from '@internal/source-tree';

/** The ADR folder of an entity, as a source tree. */
export function adrFolderOf(entity: Entity, sourceTree: SourceTreeService) {
  const folder = entity.metadata.annotations?.[ANNOTATION_ADR_LOCATION];
  if (!folder) {
    throw new NotFoundError(
      `${entity.metadata.name} has no ${ANNOTATION_ADR_LOCATION} annotation; add one naming its ADR folder (e.g. docs/adr).`,
    );
  }
  return sourceTree.forEntity(entity, { folder });
}

/**
 * Parses every ADR in `folder` of a tree (the tree's root by default): the
 * records, the files that are not readable ADRs, and the files the tree's
 * reader skipped there (binary, too large, a link out of the tree), each
 * with its reason.
 */
export async function readAdrFolder(
  tree: SourceTree,
  folder = '.',
): Promise<EntityAdrs> {
  const prefix =
    posix.normalize(folder).replace(/\/$/, '') === '.'
      ? ''
      : `${posix.normalize(folder).replace(/\/$/, '')}/`;
  const inFolder = (path: string) =>
    path.startsWith(prefix) && isAdrFile(path.slice(prefix.length));
  const files = await Promise.all(
    tree.files
      .filter(f => inFolder(f.path))
      .map(async f => ({
        file: f.path.slice(prefix.length),
        markdown: await tree.readText(f.path),
      })),
  );
  const { adrs, failures } = collectAdrs(files);
  const skipped = tree.warnings
    .filter(w => inFolder(w.path))
    .map(w => ({ file: w.path.slice(prefix.length), warning: w.message }));
  return { adrs, failures: [...failures, ...skipped] };
}

/** Reads the ADR folder named by the entity's `backstage.io/adr-location`. */
export async function readEntityAdrs(
  entity: Entity,
  sourceTree: SourceTreeService,
): Promise<EntityAdrs> {
  return readAdrFolder(await adrFolderOf(entity, sourceTree));
}
