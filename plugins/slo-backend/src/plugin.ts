import {
  durationMsFromConfig,
  scheduleFromConfig,
} from '@internal/backend-kit';
import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { sloPermissions } from '@internal/plugin-slo-common';
import { BoardCachingSloStore } from './database/BoardCachingSloStore';
import { DatabaseSloStore } from './database/DatabaseSloStore';
import { DataSources } from './prometheus/DataSources';
import { createRouter } from './service/router';
import { SloEvaluator } from './service/SloEvaluator';

/**
 * SLOs: evaluates every OpenSLO SLO in the catalog against Prometheus on a
 * schedule, keeps the history, and serves cards, charts and the board.
 *
 * @public
 */
export const sloPlugin = createBackendPlugin({
  pluginId: 'slo',
  register(env) {
    env.registerInit({
      deps: {
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        catalog: catalogServiceRef,
        notifications: notificationService,
      },
      async init(deps) {
        const { httpRouter, httpAuth, auth, permissions } = deps;
        const { permissionsRegistry, database, scheduler, config } = deps;
        const { logger, catalog } = deps;
        permissionsRegistry.addPermissions(sloPermissions);
        const duration = (key: string, fallbackMs: number) =>
          durationMsFromConfig(config, key, fallbackMs);
        const store = new BoardCachingSloStore(
          await DatabaseSloStore.create({ database }),
          5_000,
        );
        const evaluator = new SloEvaluator({
          catalog,
          auth,
          dataSources: DataSources.fromConfig(config),
          store,
          logger,
          historyRetentionMs: duration('slo.historyRetention', 90 * 86_400_000),
          notifications: deps.notifications,
        });
        await scheduler.scheduleTask({
          id: 'slo-evaluate',
          scope: 'global',
          ...scheduleFromConfig(config, 'slo.schedule', {
            frequency: { minutes: 5 },
            timeout: { minutes: 10 },
            initialDelay: { seconds: 15 },
          }),
          fn: () => evaluator.evaluateAll(),
        });
        httpRouter.use(
          await createRouter({
            httpAuth,
            permissions,
            catalog,
            store,
            evaluator,
            evaluationsPerMinute:
              config.getOptionalNumber('slo.onDemandEvaluationsPerMinute') ?? 6,
          }),
        );
      },
    });
  },
});
