import {
  ANNOTATION_LOCATION,
  Entity,
  parseLocationRef,
} from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { posix } from 'node:path';

/** The annotation naming a component's folder inside a monorepo. */
export const ANNOTATION_SOURCE_SUBPATH = 'golden-path/source-subpath';

/** Checks a relative folder path from an annotation or a caller. */
export function safeSubpath(subpath: string | undefined, what: string): string {
  if (!subpath) return '';
  const normal = posix
    .normalize(subpath.replace(/\\/g, '/'))
    .replace(/\/+$/, '');
  if (normal === '.') return '';
  if (posix.isAbsolute(normal) || normal === '..' || normal.startsWith('../')) {
    throw new InputError(
      `${what} "${subpath}" must be a relative path inside the repository`,
    );
  }
  return normal;
}

/**
 * Where an entity's files live: the folder of the catalog-info.yaml it was
 * read from, plus its source subpath (unless `fromRepositoryRoot`, for the
 * files a monorepo keeps at its root) and an optional folder below that.
 */
export function entitySourceLocation(
  entity: Entity,
  folder?: string,
  fromRepositoryRoot = false,
) {
  const ref = entity.metadata.annotations?.[ANNOTATION_LOCATION];
  if (!ref) {
    throw new InputError(
      `${entity.metadata.name} has no ${ANNOTATION_LOCATION} annotation, so its files cannot be found`,
    );
  }
  const { type, target } = parseLocationRef(ref);
  if (type !== 'file' && type !== 'url') {
    throw new InputError(
      `${entity.metadata.name} comes from a ${type} location, which has no files to read`,
    );
  }
  const inside = posix.join(
    fromRepositoryRoot
      ? ''
      : safeSubpath(
          entity.metadata.annotations?.[ANNOTATION_SOURCE_SUBPATH],
          ANNOTATION_SOURCE_SUBPATH,
        ),
    safeSubpath(folder, 'The folder'),
  );
  return { type, target, inside: inside === '.' ? '' : inside };
}
