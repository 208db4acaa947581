import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { FitnessEntityProcessor } from './FitnessEntityProcessor';
import { FitnessScores } from './FitnessScores';

/** Puts fitness levels and scores on catalog entities. */
export const catalogModuleFitness = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'fitness',
  register(env) {
    env.registerInit({
      deps: {
        processing: catalogProcessingExtensionPoint,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
        logger: coreServices.logger,
      },
      async init({ processing, discovery, auth, logger }) {
        processing.addProcessor(
          new FitnessEntityProcessor(
            new FitnessScores({ discovery, auth, logger }),
          ),
        );
      },
    });
  },
});
