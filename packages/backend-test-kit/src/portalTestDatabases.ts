import { TestDatabases } from '@backstage/backend-test-utils';

const POSTGRES_URL_VARIABLE =
  'BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING';

/**
 * SQLite and PostgreSQL 15, never through Docker (there is no engine on these
 * machines). Under CI=true a missing PostgreSQL fails the suite; on a
 * developer machine its cases are skipped with a message.
 */
export function portalTestDatabases() {
  const databases = TestDatabases.create({
    ids: ['SQLITE_3', 'POSTGRES_15'],
    disableDocker: true,
  });
  if (!databases.supports('POSTGRES_15')) {
    const hint = `set ${POSTGRES_URL_VARIABLE}=postgresql://postgres@127.0.0.1:5432 (.ci/run does)`;
    if (process.env.CI) {
      throw new Error(`PostgreSQL is required when CI is set: ${hint}`);
    }
    // eslint-disable-next-line no-console
    console.warn(`Skipping the PostgreSQL cases: ${hint}`);
  }
  return databases;
}
