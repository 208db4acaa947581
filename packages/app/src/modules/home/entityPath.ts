import { parseEntityRef } from '@backstage/catalog-model';

/** The catalog page of an entity ref: `/catalog/<namespace>/<kind>/<name>`. */
export function entityPath(entityRef: string) {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  return `/catalog/${namespace}/${kind.toLocaleLowerCase('en-US')}/${name}`;
}
