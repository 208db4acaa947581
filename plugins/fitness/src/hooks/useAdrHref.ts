import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { useEntityPageHref } from '@internal/portal-react';

/**
 * Where an ADR reference points: the entity's Decisions tab, opened on the
 * ADR when the reference names its file (`docs/adr/0002-x.md`).
 */
export function useAdrHref(): (adrRef: string) => string {
  const { entity } = useEntity();
  const entityPage = useEntityPageHref();
  const tab = entityPage(stringifyEntityRef(entity), 'decisions');
  return adrRef => {
    const file = /([^/]+\.md)$/.exec(adrRef)?.[1];
    return file ? `${tab}?adr=${encodeURIComponent(file)}` : tab;
  };
}
