import { useRouteRef } from '@backstage/frontend-plugin-api';
import { entityRouteRef, useEntity } from '@backstage/plugin-catalog-react';

/**
 * Where an ADR reference points: the entity's Decisions tab, opened on the
 * ADR when the reference names its file (`docs/adr/0002-x.md`).
 */
export function useAdrHref(): (adrRef: string) => string {
  const { entity } = useEntity();
  const entityPage = useRouteRef(entityRouteRef);
  const page = entityPage?.({
    namespace: entity.metadata.namespace ?? 'default',
    kind: entity.kind.toLocaleLowerCase('en-US'),
    name: entity.metadata.name,
  });
  return adrRef => {
    const file = /([^/]+\.md)$/.exec(adrRef)?.[1];
    const tab = `${page ?? ''}/decisions`;
    return file ? `${tab}?adr=${encodeURIComponent(file)}` : tab;
  };
}
