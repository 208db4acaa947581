import {
  ApiBlueprint,
  createFrontendPlugin,
  createRouteRef,
  discoveryApiRef,
  fetchApiRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import {
  SearchFilterResultTypeBlueprint,
  SearchResultListItemBlueprint,
} from '@backstage/plugin-search-react/alpha';
import { CatalogIcon, DocsIcon } from '@backstage/core-components';
import { ANNOTATION_ADR_LOCATION } from '@internal/plugin-adr-common';
import { adrApiRef, AdrClient } from '@internal/plugin-adr-react';

const adrApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: adrApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new AdrClient(discoveryApi, fetchApi),
    }),
});

const entityDecisionsContent = EntityContentBlueprint.make({
  name: 'decisions',
  params: {
    path: 'decisions',
    title: 'Decisions',
    filter: entity =>
      Boolean(entity.metadata.annotations?.[ANNOTATION_ADR_LOCATION]),
    loader: async () => {
      const { EntityDecisionsContent } = await import(
        './components/EntityDecisionsContent'
      );
      return <EntityDecisionsContent />;
    },
  },
});

const decisionsPage = PageBlueprint.make({
  params: {
    path: '/decisions',
    title: 'Decisions',
    icon: <DocsIcon />,
    routeRef: createRouteRef(),
    loader: async () => {
      const { DecisionsPage } = await import('./components/DecisionsPage');
      return <DecisionsPage />;
    },
  },
});

const adrSearchResultType = SearchFilterResultTypeBlueprint.make({
  name: 'adr',
  params: { value: 'adr', name: 'Decisions', icon: <CatalogIcon /> },
});

const adrSearchResultItem = SearchResultListItemBlueprint.make({
  name: 'adr',
  params: {
    predicate: result => result.type === 'adr',
    component: async () =>
      (await import('./components/AdrSearchResultItem')).AdrSearchResultItem,
  },
});

/** Architecture decision records in the portal. */
export default createFrontendPlugin({
  pluginId: 'adr',
  title: 'Decisions',
  extensions: [
    adrApi,
    entityDecisionsContent,
    decisionsPage,
    adrSearchResultType,
    adrSearchResultItem,
  ],
});
