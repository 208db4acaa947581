import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';
import { HumanDuration } from '@backstage/types';

export interface Config {
  slo?: {
    /**
     * Prometheus servers by name. OpenSLO documents name one in
     * `metricSourceRef` (or through a DataSource's
     * `connectionDetails.dataSource`); a repository never gives an address.
     */
    dataSources?: {
      [name: string]: {
        type: 'prometheus';
        /** Without a URL the SLOs of this source show their definitions only. */
        url?: string;
        /** @visibility secret */
        bearerToken?: string;
        /** Per-query timeout; default 10 seconds. */
        timeout?: HumanDuration;
      };
    };
    /**
     * When every SLO is evaluated; by default every 5 minutes, starting 15
     * seconds after start-up.
     */
    schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    /** How long evaluation snapshots are kept; default 90 days. */
    historyRetention?: HumanDuration;
    /**
     * How many on-demand evaluations (POST .../evaluate) one caller may ask
     * for within a minute, per replica; default 6. Past it, 429.
     */
    onDemandEvaluationsPerMinute?: number;
  };
}
