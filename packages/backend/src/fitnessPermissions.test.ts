import { eventually } from '@internal/backend-test-kit';
import { startTestBackend } from '@backstage/backend-test-utils';
import authPlugin from '@backstage/plugin-auth-backend';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import permissionPlugin from '@backstage/plugin-permission-backend';
import fitnessPlugin from '@internal/plugin-fitness-backend';
import exampleUsersProvider from '@internal/plugin-auth-backend-module-example-users-provider';
import portalPolicy from '@internal/plugin-permission-backend-module-portal-policy';
import { resolve } from 'node:path';
import request from 'supertest';
import {
  realAuthServices,
  Server,
  signIn,
  testConfig,
} from './__testUtils__/testBackend';

const services = resolve(__dirname, '../../../examples/services');

describe('fitness permissions, through the real policy and catalog', () => {
  let server: Server;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    ({ server } = await startTestBackend({
      features: [
        authPlugin,
        exampleUsersProvider,
        catalogPlugin,
        fitnessPlugin,
        permissionPlugin,
        portalPolicy,
        ...realAuthServices,
        testConfig({
          fileLocationRoots: [services],
          extraLocations: [
            {
              type: 'file',
              target: `${services}/platform-api/catalog-info.yaml`,
            },
          ],
        }),
      ],
    }));
    await eventually('the users and platform-api', async () => {
      try {
        for (const user of ['alice', 'ines', 'grace']) {
          tokens[user] = await signIn(server, user);
        }
      } catch {
        return false;
      }
      const component = await request(server)
        .get('/api/catalog/entities/by-name/component/default/platform-api')
        .set('Authorization', tokens.alice);
      return component.status === 200;
    });
  }, 60_000);

  const rescan = (token?: string) => {
    const req = request(server).post(
      '/api/fitness/entities/component/default/platform-api/rescan',
    );
    return token ? req.set('Authorization', token) : req;
  };
  const waive = (token?: string) => {
    const req = request(server).post('/api/fitness/waivers').send({
      entityRef: 'component:default/platform-api',
      functionId: 'layer-contracts',
      reason: 'Until the gateway split.',
      adrRef: 'docs/adr/0002-x.md',
      expiresAt: '2099-01-01',
    });
    return token ? req.set('Authorization', token) : req;
  };

  it('lets an owner (alice, of group platform) ask for a rescan', async () => {
    expect((await rescan(tokens.alice)).status).toBe(202);
  });

  it('refuses a rescan by a non-owner (ines, of group identity) with 403', async () => {
    const res = await rescan(tokens.ines);
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe(
      'You may not ask for a rescan of component:default/platform-api: only its owners and the architects may.',
    );
  });

  it('lets an architect rescan any service', async () => {
    expect((await rescan(tokens.grace)).status).toBe(202);
  });

  it('gives waivers to architects only', async () => {
    expect((await waive(tokens.alice)).status).toBe(403);
    expect((await waive(tokens.ines)).status).toBe(403);
    expect((await waive(tokens.grace)).status).toBe(201);
  });

  it('answers 401 without credentials', async () => {
    expect((await rescan()).status).toBe(401);
    expect((await waive()).status).toBe(401);
    expect((await request(server).get('/api/fitness/list')).status).toBe(401);
  });
});
