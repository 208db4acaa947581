import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/frontend-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';
import { EntityOption } from './EntityRefFilter';

function toOption(entity: Entity): EntityOption {
  const profile = (entity.spec?.profile ?? {}) as { displayName?: string };
  return {
    ref: stringifyEntityRef(entity),
    label: profile.displayName ?? entity.metadata.title ?? entity.metadata.name,
  };
}

const byLabel = (a: EntityOption, b: EntityOption) =>
  a.label.localeCompare(b.label, 'en-US');

/** The groups, systems and domains of the catalog, for the owner, system and domain filters of the organisation pages. */
export function useCatalogFilterOptions() {
  const catalogApi = useApi(catalogApiRef);
  return useAsync(async () => {
    const { items } = await catalogApi.getEntities({
      filter: { kind: ['Group', 'System', 'Domain'] },
      fields: [
        'kind',
        'metadata.name',
        'metadata.namespace',
        'metadata.title',
        'spec.profile.displayName',
      ],
    });
    const options = (kind: string) =>
      items
        .filter(e => e.kind.toLocaleLowerCase('en-US') === kind)
        .map(toOption)
        .sort(byLabel);
    return {
      groups: options('group'),
      systems: options('system'),
      domains: options('domain'),
    };
  }, [catalogApi]);
}
