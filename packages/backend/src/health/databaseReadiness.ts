import {
  coreServices,
  createServiceFactory,
  RootHealthService,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import knexFactory, { Knex } from 'knex';

/** How long a readiness probe waits for the database, and how long its answer holds. */
const PING_TIMEOUT_MS = 2_000;
const ANSWER_TTL_MS = 1_000;

type Answer = { status: number; payload: { status: string; message?: string } };

const up: Answer = { status: 200, payload: { status: 'ok' } };

/**
 * A PostgreSQL connection of its own for the probe, never one a plugin needs
 * (SQLite, the embedded default, is a file and needs none).
 */
function probeConnection(config: Config): Knex | undefined {
  if (config.getString('backend.database.client') !== 'pg') return undefined;
  return knexFactory({
    client: 'pg',
    connection: config.get(
      'backend.database.connection',
    ) as Knex.StaticConnectionConfig,
    pool: { min: 0, max: 1, acquireTimeoutMillis: PING_TIMEOUT_MS },
    acquireConnectionTimeout: PING_TIMEOUT_MS,
  });
}

/**
 * Backstage's readiness with the database in it: not ready while starting or
 * shutting down (as the default), and not ready while the database does not
 * answer, so that a load balancer sends no traffic to a replica that would
 * fail it. The default readiness never looks at the database.
 */
export class DatabaseAwareHealthService implements RootHealthService {
  #state: 'init' | 'up' | 'down' = 'init';
  #last?: { at: number; answer: Promise<Answer> };

  constructor(private readonly database: Knex | undefined) {}

  started() {
    this.#state = 'up';
  }

  async stopping() {
    this.#state = 'down';
    await this.database?.destroy();
  }

  async getLiveness() {
    return { status: 200, payload: { status: 'ok' } };
  }

  async getReadiness(): Promise<Answer> {
    if (this.#state === 'init') {
      return {
        status: 503,
        payload: { status: 'error', message: 'Backend has not started yet' },
      };
    }
    if (this.#state === 'down') {
      return {
        status: 503,
        payload: { status: 'error', message: 'Backend is shutting down' },
      };
    }
    if (!this.database) return up;
    const now = Date.now();
    if (!this.#last || now - this.#last.at >= ANSWER_TTL_MS) {
      this.#last = { at: now, answer: this.ping(this.database) };
    }
    return this.#last.answer;
  }

  private async ping(database: Knex): Promise<Answer> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        database.raw('select 1'),
        new Promise((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`no answer in ${PING_TIMEOUT_MS} ms`)),
            PING_TIMEOUT_MS,
          );
        }),
      ]);
      return up;
    } catch (error) {
      return {
        status: 503,
        payload: {
          status: 'error',
          message: `The database does not answer: ${(error as Error).message}`,
        },
      };
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Replaces Backstage's root health service with the database-aware one. */
export const databaseAwareHealthServiceFactory = createServiceFactory({
  service: coreServices.rootHealth,
  deps: {
    config: coreServices.rootConfig,
    lifecycle: coreServices.rootLifecycle,
  },
  async factory({ config, lifecycle }) {
    const health = new DatabaseAwareHealthService(probeConnection(config));
    lifecycle.addStartupHook(() => health.started());
    lifecycle.addBeforeShutdownHook(() => health.stopping());
    return health;
  },
});
