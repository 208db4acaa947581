import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';
import { HumanDuration } from '@backstage/types';

export interface Config {
  fitness?: {
    /** When every component is scanned; by default every 30 minutes, starting 10 seconds after start-up. */
    schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    /** The component types (`spec.type`) that are scanned; default [service]. */
    componentTypes?: string[];
    /** Components scanned at once; default 2. */
    concurrency?: number;
    /** The most one component's scan may take; default 60 seconds. */
    scanTimeout?: HumanDuration;
    /** How long scan history is kept; default 365 days. Each component's latest scan is always kept. */
    historyRetention?: HumanDuration;
    /** Bounds on each source tree; defaults 200,000 files and 1 MB per file. */
    limits?: {
      maxFiles?: number;
      maxFileBytes?: number;
    };
    /** Packages the domain must not import (domain-purity); the default list is in docs/fitness/domain-purity.md. */
    impurePackages?: string[];
    /** How old the newest ADR may be before adrs-recorded warns; default 365. */
    adrMaxAgeDays?: number;
  };
}
