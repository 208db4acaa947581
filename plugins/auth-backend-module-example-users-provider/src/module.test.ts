import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { decodeJwt } from 'jose';
import request from 'supertest';
import authPlugin from '@backstage/plugin-auth-backend';
import { JsonObject } from '@backstage/types';
import exampleUsersModule from './index';

const entities = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'alice', namespace: 'default' },
    spec: {
      profile: { displayName: 'Alice Moreau', email: 'alice@example.com' },
      memberOf: ['platform'],
    },
    relations: [{ type: 'memberOf', targetRef: 'group:default/platform' }],
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'visitor', namespace: 'default' },
    spec: { memberOf: [] },
  },
];

// The test server listens on an ephemeral port; requests name the portal's
// host as a browser on the embedded default would.
const PORTAL_HOST = 'localhost:7007';

function startAuth(
  enabled: boolean | undefined,
  overrides: { backend?: JsonObject; auth?: JsonObject } = {},
) {
  return startTestBackend({
    features: [
      authPlugin,
      exampleUsersModule,
      catalogServiceMock.factory({ entities }),
      mockServices.rootConfig.factory({
        data: {
          app: { baseUrl: 'http://localhost:3000' },
          backend: {
            baseUrl: `http://${PORTAL_HOST}`,
            listen: { host: '127.0.0.1', port: 7007 },
            cors: { origin: 'http://localhost:3000' },
            ...overrides.backend,
          },
          auth: {
            environment: 'development',
            providers:
              enabled === undefined ? {} : { 'example-users': { enabled } },
            ...overrides.auth,
          },
        },
      }),
    ],
  }).then(backend => backend.server);
}

function refresh(server: Parameters<typeof request>[0], user?: string) {
  const req = request(server)
    .post('/api/auth/example-users/refresh?env=development')
    .set('Host', PORTAL_HOST)
    .set('X-Requested-With', 'XMLHttpRequest');
  return user === undefined ? req : req.set('X-Example-User', user);
}

const users = (server: Parameters<typeof request>[0]) =>
  request(server).get('/api/auth/example-users/users').set('Host', PORTAL_HOST);

describe('example-users sign-in provider', () => {
  it('lists the catalog users with their groups', async () => {
    const server = await startAuth(true);
    const res = await users(server);
    expect(res.status).toBe(200);
    expect(res.body.users).toEqual([
      {
        name: 'alice',
        displayName: 'Alice Moreau',
        email: 'alice@example.com',
        groups: ['platform'],
      },
      { name: 'visitor', displayName: 'visitor', groups: [] },
    ]);
  });

  it('signs in as the picked user, with the groups as ownership', async () => {
    const server = await startAuth(true);
    const res = await refresh(server, 'alice');
    expect(res.status).toBe(200);
    expect(res.body.profile.displayName).toBe('Alice Moreau');
    expect(res.body.backstageIdentity.identity).toEqual({
      type: 'user',
      userEntityRef: 'user:default/alice',
      ownershipEntityRefs: ['user:default/alice', 'group:default/platform'],
    });
    expect(decodeJwt(res.body.backstageIdentity.token).sub).toBe(
      'user:default/alice',
    );
  });

  it('refuses a user that is not in the catalog', async () => {
    const server = await startAuth(true);
    const res = await refresh(server, 'mallory');
    expect(res.status).toBe(404);
    expect(res.body.error.message).toMatch(/mallory|not found/i);
  });

  it.each([['../../etc'], [''], [undefined]])(
    'answers 400 to a malformed pick (%s)',
    async user => {
      const server = await startAuth(true);
      const res = await refresh(server, user);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/Pick an example user/);
    },
  );

  it.each([[false], [undefined]])(
    'is absent when enabled is %s',
    async enabled => {
      const server = await startAuth(enabled);
      expect((await users(server)).status).toBe(404);
      expect((await refresh(server, 'alice')).status).toBe(404);
    },
  );

  describe('refuses to start where anyone else could reach it', () => {
    const savedNodeEnv = process.env.NODE_ENV;
    afterEach(() => {
      process.env.NODE_ENV = savedNodeEnv;
    });

    it.each([
      ['all interfaces (no host)', { listen: { port: 7007 } }],
      ['all interfaces (0.0.0.0)', { listen: { host: '0.0.0.0', port: 7007 } }],
      ['all interfaces (::)', { listen: { host: '::', port: 7007 } }],
      ['a network address', { listen: { host: '192.0.2.2', port: 7007 } }],
      ['a string listen setting', { listen: ':7007' }],
    ])('listening on %s', async (_, backend) => {
      await expect(startAuth(true, { backend })).rejects.toThrow(
        /example-users.*loopback/s,
      );
    });

    it('with auth.environment production', async () => {
      await expect(
        startAuth(true, { auth: { environment: 'production' } }),
      ).rejects.toThrow(/example-users.*production/s);
    });

    it('with NODE_ENV=production', async () => {
      process.env.NODE_ENV = 'production';
      await expect(startAuth(true)).rejects.toThrow(
        /example-users.*NODE_ENV=production/s,
      );
    });

    it('starts on the IPv6 loopback and localhost', async () => {
      for (const host of ['::1', 'localhost', '127.0.0.2']) {
        const server = await startAuth(true, {
          backend: { listen: { host, port: 7007 } },
        });
        expect((await refresh(server, 'alice')).status).toBe(200);
      }
    });
  });

  describe('refuses a rebound DNS name and a foreign page (DNS rebinding)', () => {
    it('answers 403 to a Host that is not the portal', async () => {
      const server = await startAuth(true);
      const rebound = await refresh(server, 'alice').set(
        'Host',
        'attacker.example:7007',
      );
      expect(rebound.status).toBe(403);
      expect(rebound.body.error.message).toMatch(/attacker\.example:7007/);
      expect(rebound.body.backstageIdentity).toBeUndefined();
      const listed = await users(server).set('Host', 'attacker.example:7007');
      expect(listed.status).toBe(403);
      expect(listed.body.users).toBeUndefined();
    });

    it('answers 403 to an Origin that is not one of backend.cors.origin', async () => {
      const server = await startAuth(true);
      const res = await refresh(server, 'alice').set(
        'Origin',
        'http://attacker.example',
      );
      expect(res.status).toBe(403);
      expect(res.body.backstageIdentity).toBeUndefined();
      expect(
        (await users(server).set('Origin', 'http://attacker.example')).status,
      ).toBe(403);
    });

    it('serves the configured frontend origin (npm run dev)', async () => {
      const server = await startAuth(true, {
        backend: {
          cors: { origin: ['http://localhost:3000', 'http://localhost:7007'] },
        },
      });
      const res = await refresh(server, 'alice').set(
        'Origin',
        'http://localhost:3000',
      );
      expect(res.status).toBe(200);
      expect(
        (await users(server).set('Origin', 'http://localhost:7007')).status,
      ).toBe(200);
    });
  });
});
