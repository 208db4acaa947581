import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  adr?: {
    /**
     * How often the organisation-wide ADR index is refreshed. Defaults to
     * every 10 minutes, starting 10 seconds after start-up.
     */
    indexRefresh?: SchedulerServiceTaskScheduleDefinitionConfig;
  };
}
