import {
  AuthService,
  DiscoveryService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import type { FitnessEntityScore } from '@internal/plugin-fitness-common';

/**
 * Asks the fitness backend for one entity's score and level. The fitness
 * backend asks the catalog to refresh an entity whenever these change, so
 * the catalog asks at the moment it matters.
 */
export class FitnessScores {
  constructor(
    private readonly deps: {
      discovery: DiscoveryService;
      auth: AuthService;
      logger: LoggerService;
    },
  ) {}

  /** The entity's score; undefined when it was not scanned, or the fitness backend is unavailable. */
  async get(entityRef: string): Promise<FitnessEntityScore | undefined> {
    const { discovery, auth, logger } = this.deps;
    const ref = parseEntityRef(entityRef);
    const path = [ref.kind.toLocaleLowerCase('en-US'), ref.namespace, ref.name]
      .map(encodeURIComponent)
      .join('/');
    try {
      const { token } = await auth.getPluginRequestToken({
        onBehalfOf: await auth.getOwnServiceCredentials(),
        targetPluginId: 'fitness',
      });
      const response = await fetch(
        `${await discovery.getBaseUrl('fitness')}/entities/${path}/score`,
        { headers: { Authorization: `Bearer ${token}` } },
      );
      if (response.status === 404) return undefined;
      if (!response.ok) {
        throw new Error(`the fitness backend answered ${response.status}`);
      }
      return (await response.json()) as FitnessEntityScore;
    } catch (error) {
      logger.warn(
        `No fitness score for ${entityRef}; its label and annotation are left out: ${
          (error as Error).message
        }`,
      );
      return undefined;
    }
  }
}
