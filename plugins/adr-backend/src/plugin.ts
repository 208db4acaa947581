import { scheduleFromConfig } from '@internal/backend-kit';
import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { adrPermissions } from '@internal/plugin-adr-common';
import { sourceTreeServiceRef } from '@internal/plugin-source-tree-node';
import { gitRepositoriesServiceRef } from '@internal/plugin-golden-path-node';
import { DatabaseAdrIndexStore } from './database/DatabaseAdrIndexStore';
import { AdrIndexer } from './service/AdrIndexer';
import { createRouter } from './service/router';

/**
 * Architecture decision records: an entity's ADRs, read from its repository,
 * and the organisation-wide index that a scheduled task keeps current.
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
        auth: coreServices.auth,
        userInfo: coreServices.userInfo,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        catalog: catalogServiceRef,
        sourceTree: sourceTreeServiceRef,
        notifications: notificationService,
        git: gitRepositoriesServiceRef,
      },
      async init(deps) {
        const {
          httpRouter,
          httpAuth,
          auth,
          userInfo,
          permissions,
          permissionsRegistry,
          database,
        } = deps;
        const {
          scheduler,
          config,
          logger,
          catalog,
          sourceTree,
          notifications,
          git,
        } = deps;
        permissionsRegistry.addPermissions(adrPermissions);
        const store = await DatabaseAdrIndexStore.create({
          database,
          readCacheTtlMs: 5_000,
        });
        const indexer = new AdrIndexer({
          store,
          catalog,
          sourceTree,
          auth,
          logger,
          notifications,
        });
        await scheduler.scheduleTask({
          id: 'adr-index-refresh',
          ...scheduleFromConfig(config, 'adr.indexRefresh', {
            frequency: { minutes: 10 },
            timeout: { minutes: 10 },
            initialDelay: { seconds: 10 },
          }),
          fn: async () => {
            await indexer.refresh();
          },
        });
        httpRouter.use(
          await createRouter({
            httpAuth,
            auth,
            userInfo,
            permissions,
            catalog,
            sourceTree,
            store,
            repositories: git.local,
            pullRequests: git.pullRequests,
          }),
        );
      },
    });
  },
});
