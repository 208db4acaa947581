import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { DatabaseFitnessStore } from './DatabaseFitnessStore';
import { DatabaseScanQueue } from './DatabaseScanQueue';
import { DatabaseWaiverStore } from './DatabaseWaiverStore';

const migrationsDir = resolvePackagePath(
  '@internal/plugin-fitness-backend',
  'migrations',
);

/** The plugin's stores on its database, once the migrations have run. */
export async function openFitnessStores(options: {
  database: DatabaseService;
  /** How long list and roll-up reads are kept; 0 keeps nothing. */
  readCacheTtlMs?: number;
}) {
  const client = await options.database.getClient();
  if (!options.database.migrations?.skip) {
    await client.migrate.latest({ directory: migrationsDir });
  }
  return {
    scans: new DatabaseFitnessStore(client, options.readCacheTtlMs ?? 0),
    waivers: new DatabaseWaiverStore(client),
    queue: new DatabaseScanQueue(client),
  };
}

export type FitnessStores = Awaited<ReturnType<typeof openFitnessStores>>;
