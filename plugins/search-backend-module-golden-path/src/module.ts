import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import {
  searchEngineRegistryExtensionPoint,
  searchIndexRegistryExtensionPoint,
} from '@backstage/plugin-search-backend-node/alpha';
import { sourceTreeServiceRef } from '@internal/plugin-source-tree-node';
import { AdrCollatorFactory } from './AdrCollatorFactory';
import { RunbookCollatorFactory } from './RunbookCollatorFactory';
import { portalSearchEngine } from './searchEngine';

/**
 * Makes architecture decisions and runbook sections searchable, and sets the
 * search engine: PostgreSQL's on PostgreSQL, Lunr's otherwise, either
 * answering an empty result for a type not indexed yet.
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
        engineRegistry: searchEngineRegistryExtensionPoint,
        database: coreServices.database,
        config: coreServices.rootConfig,
        scheduler: coreServices.scheduler,
        auth: coreServices.auth,
        logger: coreServices.logger,
        catalog: catalogServiceRef,
        sourceTree: sourceTreeServiceRef,
      },
      async init({
        indexRegistry,
        engineRegistry,
        database,
        config,
        scheduler,
        ...sources
      }) {
        engineRegistry.setSearchEngine(
          await portalSearchEngine({
            database,
            config,
            logger: sources.logger,
          }),
        );
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
