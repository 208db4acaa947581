import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { sourceTreeServiceRef } from '@internal/plugin-source-tree-node';
import { createRouter } from './service/router';

/**
 * Architecture decision records: an entity's ADRs, read from its repository.
 *
 * @public
 */
export const adrPlugin = createBackendPlugin({
  pluginId: 'adr',
  register(env) {
    env.registerInit({
      deps: {
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        catalog: catalogServiceRef,
        sourceTree: sourceTreeServiceRef,
      },
      async init({ httpRouter, httpAuth, catalog, sourceTree }) {
        httpRouter.use(await createRouter({ httpAuth, catalog, sourceTree }));
      },
    });
  },
});
