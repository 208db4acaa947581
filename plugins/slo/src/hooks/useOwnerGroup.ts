import {
  CompoundEntityRef,
  Entity,
  parseEntityRef,
  RELATION_OWNED_BY,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  catalogApiRef,
  getEntityRelations,
} from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';

/** The entity's owner: its `ownedBy` relation, else its `spec.owner`. */
export function ownerRef(entity: Entity): string | undefined {
  const [related] = getEntityRelations(entity, RELATION_OWNED_BY);
  let ref: CompoundEntityRef | undefined = related;
  const specOwner = entity.spec?.owner;
  if (!ref && typeof specOwner === 'string' && specOwner) {
    ref = parseEntityRef(specOwner, {
      defaultKind: 'group',
      defaultNamespace: entity.metadata.namespace ?? 'default',
    });
  }
  return ref && stringifyEntityRef(ref);
}

/** The owner's catalog entity; undefined when it is not in the catalog. */
export function useOwnerGroup(ref: string) {
  const catalogApi = useApi(catalogApiRef);
  return useAsync(() => catalogApi.getEntityByRef(ref), [catalogApi, ref]);
}
