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
import { DEFAULT_SCAN_TIMEOUT_MS } from '@internal/fitness-engine';
import { fitnessPermissions } from '@internal/plugin-fitness-common';
import { fitnessFunctionsExtensionPoint } from '@internal/plugin-fitness-node';
import { sourceTreeServiceRef } from '@internal/plugin-source-tree-node';
import { openFitnessStores } from './database/openFitnessStores';
import { FitnessScanner } from './scan/FitnessScanner';
import { createRouter, RESCAN_TASK_ID } from './service/router';

/**
 * Architecture fitness: scans every component's source on a schedule,
 * keeps the history, and serves scores, evidence, roll-ups and waivers.
 *
 * @public
 */
export const fitnessPlugin = createBackendPlugin({
  pluginId: 'fitness',
  register(env) {
    const modules: string[] = [];
    env.registerExtensionPoint(fitnessFunctionsExtensionPoint, {
      addFunctionModule(modulePath) {
        modules.push(modulePath);
      },
    });
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
        lifecycle: coreServices.lifecycle,
        catalog: catalogServiceRef,
        sourceTree: sourceTreeServiceRef,
        notifications: notificationService,
      },
      async init(deps) {
        const { httpRouter, httpAuth, auth, permissions } = deps;
        const { permissionsRegistry, database, scheduler, config } = deps;
        const { logger, lifecycle, catalog, sourceTree, notifications } = deps;
        permissionsRegistry.addPermissions(fitnessPermissions);
        const duration = (key: string, fallbackMs: number) =>
          durationMsFromConfig(config, key, fallbackMs);
        const stores = await openFitnessStores({
          database,
          readCacheTtlMs: 5_000,
        });
        const scanner = new FitnessScanner({
          notifications,
          catalog,
          auth,
          sourceTree,
          stores,
          logger,
          functionSet: {
            defaults: {
              impurePackages: config.getOptionalStringArray(
                'fitness.impurePackages',
              ),
              adrMaxAgeDays: config.getOptionalNumber('fitness.adrMaxAgeDays'),
            },
            modules,
          },
          concurrency: config.getOptionalNumber('fitness.concurrency') ?? 2,
          componentTypes: config.getOptionalStringArray(
            'fitness.componentTypes',
          ) ?? ['service'],
          scanTimeoutMs: duration(
            'fitness.scanTimeout',
            DEFAULT_SCAN_TIMEOUT_MS,
          ),
          historyRetentionMs: duration(
            'fitness.historyRetention',
            365 * 86_400_000,
          ),
          limits: {
            maxFiles: config.getOptionalNumber('fitness.limits.maxFiles'),
            maxFileBytes: config.getOptionalNumber(
              'fitness.limits.maxFileBytes',
            ),
          },
        });
        lifecycle.addShutdownHook(() => scanner.close());
        await scheduler.scheduleTask({
          id: 'fitness-scan',
          scope: 'global',
          ...scheduleFromConfig(config, 'fitness.schedule', {
            frequency: { minutes: 30 },
            timeout: { minutes: 30 },
            initialDelay: { seconds: 10 },
          }),
          fn: () => scanner.runAll(),
        });
        await scheduler.scheduleTask({
          id: 'fitness-scan-new',
          scope: 'global',
          frequency: { seconds: 30 },
          timeout: { minutes: 30 },
          initialDelay: { seconds: 20 },
          fn: () => scanner.scanNew(),
        });
        await scheduler.scheduleTask({
          id: RESCAN_TASK_ID,
          scope: 'global',
          frequency: { seconds: 10 },
          timeout: { minutes: 10 },
          fn: () => scanner.drainQueue(),
        });
        httpRouter.use(
          await createRouter({
            httpAuth,
            permissions,
            catalog,
            scheduler,
            stores,
            scanner,
            functions: scanner.functions,
          }),
        );
      },
    });
  },
});
