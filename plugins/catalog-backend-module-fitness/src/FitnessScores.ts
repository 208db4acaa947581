import {
  AuthService,
  DiscoveryService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import type { FitnessEntityScore } from '@internal/plugin-fitness-common';

/**
 * Every entity's fitness score, fetched from the fitness backend at most
 * once per `maxAgeMs` however many entities the catalog processes.
 */
export class FitnessScores {
  private scores = new Map<string, FitnessEntityScore>();
  private fetchedAt = 0;
  private inFlight?: Promise<void>;

  constructor(
    private readonly deps: {
      discovery: DiscoveryService;
      auth: AuthService;
      logger: LoggerService;
      maxAgeMs: number;
      fetch?: typeof fetch;
    },
  ) {}

  async get(entityRef: string): Promise<FitnessEntityScore | undefined> {
    if (Date.now() - this.fetchedAt > this.deps.maxAgeMs) {
      this.inFlight ??= this.refresh().finally(() => {
        this.inFlight = undefined;
      });
      await this.inFlight;
    }
    return this.scores.get(entityRef);
  }

  private async refresh(): Promise<void> {
    const { discovery, auth, logger } = this.deps;
    try {
      const { token } = await auth.getPluginRequestToken({
        onBehalfOf: await auth.getOwnServiceCredentials(),
        targetPluginId: 'fitness',
      });
      const response = await (this.deps.fetch ?? fetch)(
        `${await discovery.getBaseUrl('fitness')}/scores`,
        { headers: { Authorization: `Bearer ${token}` } },
      );
      if (!response.ok) {
        throw new Error(`the fitness backend answered ${response.status}`);
      }
      const body: { items: FitnessEntityScore[] } = await response.json();
      this.scores = new Map(body.items.map(item => [item.entityRef, item]));
    } catch (error) {
      logger.warn(
        `Fitness scores unavailable, entities keep their last ones: ${
          (error as Error).message
        }`,
      );
    } finally {
      this.fetchedAt = Date.now();
    }
  }
}
