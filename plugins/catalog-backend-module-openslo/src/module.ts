import { createBackendModule } from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { OpensloEntityProcessor } from './OpensloEntityProcessor';
import { OpensloNameCollisions } from './OpensloNameCollisions';

/** The topic the catalog publishes entity-ref conflicts on. */
export const CATALOG_CONFLICTS_TOPIC = 'experimental.catalog.conflict';

/** Ingests OpenSLO v1 documents (openslo.yaml) as catalog entities. */
export const catalogModuleOpenslo = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'openslo',
  register(env) {
    env.registerInit({
      deps: {
        processing: catalogProcessingExtensionPoint,
        events: eventsServiceRef,
      },
      async init({ processing, events }) {
        const collisions = new OpensloNameCollisions();
        await events.subscribe({
          id: 'catalog-openslo-name-collisions',
          topics: [CATALOG_CONFLICTS_TOPIC],
          onEvent: async event => collisions.record(event),
        });
        processing.addProcessor(new OpensloEntityProcessor(collisions));
      },
    });
  },
});
