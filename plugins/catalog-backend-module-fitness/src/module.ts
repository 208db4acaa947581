import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { readDurationFromConfig } from '@backstage/config';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { durationToMilliseconds } from '@backstage/types';
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
        config: coreServices.rootConfig,
        auth: coreServices.auth,
        logger: coreServices.logger,
      },
      async init({ processing, discovery, config, auth, logger }) {
        const key = 'fitness.catalogScoresMaxAge';
        const maxAgeMs = config.has(key)
          ? durationToMilliseconds(readDurationFromConfig(config, { key }))
          : 30_000;
        processing.addProcessor(
          new FitnessEntityProcessor(
            new FitnessScores({ discovery, auth, logger, maxAgeMs }),
          ),
        );
      },
    });
  },
});
