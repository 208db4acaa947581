import { mockServices } from '@backstage/backend-test-utils';
import { portalTestDatabases } from '@internal/backend-test-kit';
import { openFitnessStores } from '../database/openFitnessStores';

/** The fitness stores (and the knex under them) on a fresh database of each kind the tests run on. */
export function fitnessTestDatabases() {
  const databases = portalTestDatabases();
  return {
    ids: databases.eachSupportedId(),
    async open(databaseId: Parameters<typeof databases.init>[0]) {
      const knex = await databases.init(databaseId);
      const stores = await openFitnessStores({
        database: mockServices.database({ knex, migrations: { skip: false } }),
      });
      return { ...stores, knex };
    },
  };
}
