import { resolve } from 'node:path';
import { ConfigSources } from '@backstage/config-loader';

const root = resolve(__dirname, '../../..');

async function loadMerged(files: string[], env: Record<string, string>) {
  const config = await ConfigSources.toConfig(
    ConfigSources.defaultForTargets({
      rootDir: root,
      targets: files.map(file => ({
        type: 'path',
        target: resolve(root, file),
      })),
      watch: false,
      substitutionFunc: async name => env[name],
    }),
  );
  config.close();
  return config;
}

const productionEnv = {
  PORTAL_BASE_URL: 'https://portal.example.com',
  POSTGRES_HOST: 'db.internal',
  POSTGRES_PORT: '5432',
  POSTGRES_USER: 'backstage',
  POSTGRES_PASSWORD: 'secret',
  REDIS_URL: 'redis://cache.internal:6379',
  GITHUB_TOKEN: 'ghp_x',
  GITHUB_ORG: 'acme',
  AUTH_SESSION_SECRET: 'session',
  AUTH_GITHUB_CLIENT_ID: 'id',
  AUTH_GITHUB_CLIENT_SECRET: 'secret',
  AUTH_OIDC_METADATA_URL:
    'https://sso.example.com/.well-known/openid-configuration',
  AUTH_OIDC_CLIENT_ID: 'id',
  AUTH_OIDC_CLIENT_SECRET: 'secret',
  TECHDOCS_S3_BUCKET: 'docs',
  TECHDOCS_S3_REGION: 'eu-west-1',
};

describe('app-config.production.yaml layered on app-config.yaml', () => {
  it('switches the embedded sign-in off and offers GitHub and OIDC', async () => {
    const config = await loadMerged(
      ['app-config.yaml', 'app-config.production.yaml'],
      productionEnv,
    );
    expect(config.getBoolean('auth.providers.example-users.enabled')).toBe(
      false,
    );
    expect(config.has('auth.providers.guest')).toBe(false);
    expect(config.getString('auth.environment')).toBe('production');
    expect(config.getString('backend.listen.host')).toBe('0.0.0.0');
    expect(config.has('auth.providers.github.production.clientId')).toBe(true);
    expect(config.has('auth.providers.oidc.production.metadataUrl')).toBe(true);
  });

  it('uses PostgreSQL, Redis and the GitHub integration from the environment', async () => {
    const config = await loadMerged(
      ['app-config.yaml', 'app-config.production.yaml'],
      productionEnv,
    );
    expect(config.getString('backend.database.client')).toBe('pg');
    expect(config.getString('backend.database.connection.host')).toBe(
      'db.internal',
    );
    expect(config.getString('backend.cache.store')).toBe('redis');
    expect(config.getString('backend.cache.connection')).toBe(
      'redis://cache.internal:6379',
    );
    expect(
      config.getConfigArray('integrations.github')[0].getString('token'),
    ).toBe('ghp_x');
    expect(config.getString('app.baseUrl')).toBe('https://portal.example.com');
    expect(config.has('search.pg')).toBe(true);
    expect(config.getString('goldenPath.publish.target')).toBe('github');
    expect(config.getString('goldenPath.publish.github.owner')).toBe('acme');
  });

  it('keeps the embedded default on SQLite with the example-user sign-in', async () => {
    const config = await loadMerged(['app-config.yaml'], {});
    expect(config.getString('backend.database.client')).toBe('better-sqlite3');
    expect(config.getBoolean('auth.providers.example-users.enabled')).toBe(
      true,
    );
    expect(config.getString('backend.listen.host')).toBe('127.0.0.1');
    expect(config.getString('backend.database.connection.directory')).toBe(
      '../../data/sqlite',
    );
  });
});
