import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { CookieAuthRefreshProvider } from '@backstage/plugin-auth-react';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import {
  SearchFilterResultTypeBlueprint,
  SearchResultListItemBlueprint,
} from '@backstage/plugin-search-react/alpha';
import { DocsIcon } from '@backstage/core-components';
import { ANNOTATION_RUNBOOK } from '@internal/plugin-runbook-common';
import { docsRouteRef } from './routes';

const entityRunbookCard = EntityCardBlueprint.make({
  name: 'runbook',
  params: {
    type: 'content',
    filter: entity =>
      Boolean(entity.metadata.annotations?.[ANNOTATION_RUNBOOK]) &&
      Boolean(entity.metadata.annotations?.['backstage.io/techdocs-ref']),
    loader: async () => {
      const { EntityRunbookCard } = await import(
        './components/EntityRunbookCard'
      );
      // The built docs are served to a user cookie, as in the TechDocs reader.
      return (
        <CookieAuthRefreshProvider pluginId="techdocs">
          <EntityRunbookCard />
        </CookieAuthRefreshProvider>
      );
    },
  },
});

const runbookSearchResultType = SearchFilterResultTypeBlueprint.make({
  name: 'runbook',
  params: { value: 'runbook', name: 'Runbooks', icon: <DocsIcon /> },
});

const runbookSearchResultItem = SearchResultListItemBlueprint.make({
  name: 'runbook',
  params: {
    predicate: result => result.type === 'runbook',
    component: async () =>
      (await import('./components/RunbookSearchResultItem'))
        .RunbookSearchResultItem,
  },
});

/** Runbooks: the entity card that leads on-call engineers to the right section. */
export default createFrontendPlugin({
  pluginId: 'runbook',
  externalRoutes: { docs: docsRouteRef },
  extensions: [
    entityRunbookCard,
    runbookSearchResultType,
    runbookSearchResultItem,
  ],
});
