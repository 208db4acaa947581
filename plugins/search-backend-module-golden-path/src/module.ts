import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import { sourceTreeServiceRef } from '@internal/plugin-source-tree-node';
import { AdrCollatorFactory } from './AdrCollatorFactory';
import { RunbookCollatorFactory } from './RunbookCollatorFactory';

/**
 * Makes architecture decisions and runbook sections searchable.
 *
 * @public
 */
export const searchModuleGoldenPath = createBackendModule({
  pluginId: 'search',
  moduleId: 'golden-path',
  register(reg) {
    reg.registerInit({
      deps: {
        indexRegistry: searchIndexRegistryExtensionPoint,
        scheduler: coreServices.scheduler,
        auth: coreServices.auth,
        logger: coreServices.logger,
        catalog: catalogServiceRef,
        sourceTree: sourceTreeServiceRef,
      },
      async init({ indexRegistry, scheduler, ...sources }) {
        const schedule = scheduler.createScheduledTaskRunner({
          frequency: { minutes: 10 },
          timeout: { minutes: 15 },
          initialDelay: { seconds: 5 },
        });
        indexRegistry.addCollator({
          schedule,
          factory: new AdrCollatorFactory(sources),
        });
        indexRegistry.addCollator({
          schedule,
          factory: new RunbookCollatorFactory(sources),
        });
      },
    });
  },
});
