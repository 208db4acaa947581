import {
  ApiBlueprint,
  createFrontendPlugin,
  createRouteRef,
  discoveryApiRef,
  fetchApiRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import { isComponentEntity } from '@backstage/catalog-model';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { DashboardIcon } from '@backstage/core-components';
import { sloApiRef, SloClient } from '@internal/plugin-slo-react';
import { docsRouteRef } from './routes';

const sloApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: sloApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new SloClient(discoveryApi, fetchApi),
    }),
});

const entitySlosCard = EntityCardBlueprint.make({
  name: 'slos',
  params: {
    filter: isComponentEntity,
    loader: async () => {
      const { EntitySlosCard } = await import('./components/EntitySlosCard');
      return <EntitySlosCard />;
    },
  },
});

const entityOnCallCard = EntityCardBlueprint.make({
  name: 'on-call',
  params: {
    type: 'info',
    filter: isComponentEntity,
    loader: async () => {
      const { EntityOnCallCard } = await import(
        './components/EntityOnCallCard'
      );
      return <EntityOnCallCard />;
    },
  },
});

const entitySlosContent = EntityContentBlueprint.make({
  name: 'slos',
  params: {
    path: 'slos',
    title: 'SLOs',
    filter: isComponentEntity,
    loader: async () => {
      const { EntitySlosContent } = await import(
        './components/EntitySlosContent'
      );
      return <EntitySlosContent />;
    },
  },
});

const sloBoardPage = PageBlueprint.make({
  params: {
    path: '/slos',
    title: 'SLOs',
    icon: <DashboardIcon />,
    routeRef: createRouteRef(),
    loader: async () => {
      const { SloBoardPage } = await import('./components/SloBoardPage');
      return <SloBoardPage />;
    },
  },
});

/** SLOs in the portal: the entity cards and tab, and the organisation board. */
export default createFrontendPlugin({
  pluginId: 'slo',
  title: 'SLOs',
  externalRoutes: { docs: docsRouteRef },
  extensions: [
    sloApi,
    entitySlosCard,
    entityOnCallCard,
    entitySlosContent,
    sloBoardPage,
  ],
});
