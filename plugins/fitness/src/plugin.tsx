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
  CatalogFilterBlueprint,
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { FitnessIcon } from './components/FitnessIcon';
import { fitnessApiRef, FitnessClient } from '@internal/plugin-fitness-react';
import { docsRouteRef } from './routes';

const fitnessApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: fitnessApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new FitnessClient(discoveryApi, fetchApi),
    }),
});

const entityFitnessCard = EntityCardBlueprint.make({
  name: 'fitness',
  params: {
    filter: isComponentEntity,
    loader: async () => {
      const { EntityFitnessCard } = await import(
        './components/EntityFitnessCard'
      );
      return <EntityFitnessCard />;
    },
  },
});

const entityFitnessContent = EntityContentBlueprint.make({
  name: 'fitness',
  params: {
    path: 'fitness',
    title: 'Fitness',
    filter: isComponentEntity,
    loader: async () => {
      const { EntityFitnessContent } = await import(
        './components/EntityFitnessContent'
      );
      return <EntityFitnessContent />;
    },
  },
});

const fitnessPage = PageBlueprint.make({
  params: {
    path: '/fitness',
    title: 'Fitness',
    icon: <FitnessIcon />,
    routeRef: createRouteRef(),
    loader: async () => {
      const { FitnessPage } = await import('./components/FitnessPage');
      return <FitnessPage />;
    },
  },
});

/** The catalog's filter on fitness level; the page:catalog override adds the columns. */
const fitnessLevelFilter = CatalogFilterBlueprint.make({
  name: 'fitness-level',
  params: {
    loader: async () => {
      const { FitnessLevelPicker } = await import(
        './components/FitnessLevelPicker'
      );
      return <FitnessLevelPicker />;
    },
  },
});

/** Architecture fitness: the entity card and tab, /fitness, and the catalog filter. */
export default createFrontendPlugin({
  pluginId: 'fitness',
  title: 'Fitness',
  externalRoutes: { docs: docsRouteRef },
  extensions: [
    fitnessApi,
    entityFitnessCard,
    entityFitnessContent,
    fitnessPage,
    fitnessLevelFilter,
  ],
});
