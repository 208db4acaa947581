import { useRouteRef } from '@backstage/frontend-plugin-api';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { entityRouteParams } from '@internal/portal-common';

/**
 * Links to entities' catalog pages, or one of their tabs, through the
 * catalog's `entityRouteRef`: `(ref, 'fitness')` → `/catalog/default/component/orders/fitness`.
 */
export function useEntityPageHref(): (
  entityRef: string,
  tab?: string,
) => string {
  const entityPage = useRouteRef(entityRouteRef);
  return (entityRef, tab) => {
    const page = entityPage?.(entityRouteParams(entityRef)) ?? '';
    return tab ? `${page}/${tab}` : page;
  };
}
