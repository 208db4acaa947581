import {
  CompoundEntityRef,
  Entity,
  getCompoundEntityRef,
  parseEntityRef,
} from '@backstage/catalog-model';

type EntityLike = string | Entity | CompoundEntityRef;

function compound(entity: EntityLike): CompoundEntityRef {
  if (typeof entity === 'string') return parseEntityRef(entity);
  return 'metadata' in entity ? getCompoundEntityRef(entity) : entity;
}

/** The route parameters of an entity's catalog and TechDocs pages. */
export function entityRouteParams(entity: EntityLike) {
  const { namespace, kind, name } = compound(entity);
  return { namespace, kind: kind.toLocaleLowerCase('en-US'), name };
}

const segments = (entity: EntityLike) => {
  const { namespace, kind, name } = entityRouteParams(entity);
  return [namespace, kind, name].map(encodeURIComponent).join('/');
};

/**
 * The catalog page of an entity, or one of its tabs, for links made outside
 * the app (notifications, search results). The app's own links use
 * `entityRouteRef`.
 */
export function entityPagePath(entity: EntityLike, tab?: string): string {
  return `/catalog/${segments(entity)}${tab ? `/${tab}` : ''}`;
}

/** `docs/runbook.md` → `runbook/`, `docs/index.md` → ``: the page of a docs file. */
export function docsPageOfFile(file: string): string {
  const page = file
    .replace(/^\.?\/?docs\//, '')
    .replace(/(^|\/)index\.md$/, '$1')
    .replace(/\.md$/, '/');
  return page;
}

/** A page of an entity's TechDocs, and a section of it when an anchor is given. */
export function docsPagePath(
  entity: EntityLike,
  page = '',
  anchor?: string,
): string {
  return `/docs/${segments(entity)}/${page}${anchor ? `#${anchor}` : ''}`;
}
