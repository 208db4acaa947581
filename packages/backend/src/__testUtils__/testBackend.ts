import { resolve } from 'node:path';
import { authServiceFactory } from '@backstage/backend-defaults/auth';
import { httpAuthServiceFactory } from '@backstage/backend-defaults/httpAuth';
import { userInfoServiceFactory } from '@backstage/backend-defaults/userInfo';
import { mockServices } from '@backstage/backend-test-utils';
import { JsonObject } from '@backstage/types';
import request from 'supertest';

export type Server = Parameters<typeof request>[0];

const fixture = (name: string) => resolve(__dirname, 'fixtures', name);

/**
 * The real token services: users sign in through the example-users provider
 * and plugins call each other on their behalf, exactly as in the portal.
 */
export const realAuthServices = [
  authServiceFactory,
  httpAuthServiceFactory,
  userInfoServiceFactory,
];

/** The embedded default's permission and catalog settings, for test backends. */
export function testConfig(
  options: {
    goldenPath?: JsonObject;
    extraLocations?: JsonObject[];
    fileLocationRoots?: string[];
    workingDirectory?: string;
    /** More top-level settings (techdocs, …). */
    extra?: JsonObject;
  } = {},
) {
  return mockServices.rootConfig.factory({
    data: {
      app: { baseUrl: 'http://localhost:3000' },
      backend: {
        baseUrl: 'http://localhost:7007',
        listen: { host: '127.0.0.1', port: 7007 },
        ...(options.workingDirectory
          ? { workingDirectory: options.workingDirectory }
          : {}),
        cors: { origin: 'http://localhost:3000' },
      },
      auth: { providers: { 'example-users': { enabled: true } } },
      permission: {
        enabled: true,
        templateOwnerGroups: [
          'group:default/platform',
          'group:default/architects',
        ],
      },
      catalog: {
        rules: [
          {
            allow: [
              'Component',
              'System',
              'API',
              'Resource',
              'Location',
              'Domain',
            ],
          },
          {
            allow: [
              'SLO',
              'SLI',
              'AlertPolicy',
              'AlertCondition',
              'AlertNotificationTarget',
              'DataSource',
              'Service',
            ],
          },
        ],
        locations: [
          {
            type: 'file',
            target: fixture('probe-template.yaml'),
            rules: [{ allow: ['Template'] }],
          },
          {
            type: 'file',
            target: fixture('org.yaml'),
            rules: [{ allow: ['User', 'Group'] }],
          },
          ...(options.extraLocations ?? []),
        ],
        fileLocationRoots: options.fileLocationRoots ?? [],
        processingInterval: { seconds: 1 },
      },
      ...(options.goldenPath ? { goldenPath: options.goldenPath } : {}),
      ...options.extra,
    },
  });
}

/**
 * Signs in as a catalog user and returns an Authorization header value. The
 * request names the configured backend host, as a browser would; the test
 * server itself listens on an ephemeral port.
 */
export async function signIn(server: Server, user: string): Promise<string> {
  const res = await request(server)
    .post('/api/auth/example-users/refresh?env=development')
    .set('Host', 'localhost:7007')
    .set('X-Requested-With', 'XMLHttpRequest')
    .set('X-Example-User', user);
  if (res.status !== 200) {
    throw new Error(`sign-in as ${user} answered ${res.status}: ${res.text}`);
  }
  return `Bearer ${res.body.backstageIdentity.token}`;
}
