import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { decodeJwt } from 'jose';
import request from 'supertest';
import authPlugin from '@backstage/plugin-auth-backend';
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

async function startAuth(enabled: boolean | undefined) {
  const { server } = await startTestBackend({
    features: [
      authPlugin,
      exampleUsersModule,
      catalogServiceMock.factory({ entities }),
      mockServices.rootConfig.factory({
        data: {
          app: { baseUrl: 'http://localhost:3000' },
          auth: {
            providers:
              enabled === undefined ? {} : { 'example-users': { enabled } },
          },
        },
      }),
    ],
  });
  return server;
}

function refresh(server: Parameters<typeof request>[0], user?: string) {
  const req = request(server)
    .post('/api/auth/example-users/refresh?env=development')
    .set('X-Requested-With', 'XMLHttpRequest');
  return user === undefined ? req : req.set('X-Example-User', user);
}

describe('example-users sign-in provider', () => {
  it('lists the catalog users with their groups', async () => {
    const server = await startAuth(true);
    const res = await request(server).get('/api/auth/example-users/users');
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
      expect(
        (await request(server).get('/api/auth/example-users/users')).status,
      ).toBe(404);
      expect((await refresh(server, 'alice')).status).toBe(404);
    },
  );
});
