import {
  coreServices,
  createBackendModule,
  SchedulerService,
} from '@backstage/backend-plugin-api';

/**
 * A module that hands a test the scheduler a plugin gets, so that the test
 * can run the plugin's tasks when it wants (with the mock scheduler,
 * `triggerTask` resolves once the task is done).
 */
export function pluginSchedulerHandle(pluginId: string) {
  let captured: SchedulerService | undefined;
  const module = createBackendModule({
    pluginId,
    moduleId: 'test-scheduler-handle',
    register(reg) {
      reg.registerInit({
        deps: { scheduler: coreServices.scheduler },
        async init({ scheduler }) {
          captured = scheduler;
        },
      });
    },
  });
  return {
    module,
    scheduler(): SchedulerService {
      if (!captured) throw new Error(`the ${pluginId} backend has not started`);
      return captured;
    },
  };
}
