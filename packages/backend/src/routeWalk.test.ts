import { startTestBackend } from '@backstage/backend-test-utils';
import request from 'supertest';
import { portalFeatures } from './features';
import { walkRoutes, WalkedRoute } from './__testUtils__/routeWalk';
import { realAuthServices, testConfig } from './__testUtils__/testBackend';

// The routes that answer a caller without credentials. docs/security.md
// explains each; anything else must answer 401.
const allowList: Array<{ method?: string; path: RegExp; why: string }> = [
  {
    path: /^\/\.backstage\/health\/v1\/(readiness|liveness)$/,
    why: 'health probes',
  },
  {
    path: /^\/api\/(permission|signals)\/health$/,
    why: 'plugin health checks',
  },
  {
    path: /^(\/api\/[\w-]+)?\/\.backstage\/auth\/v1\/jwks\.json$/,
    why: 'public keys',
  },
  {
    method: 'DELETE',
    path: /^(\/api\/[\w-]+)?\/\.backstage\/auth\/v1\/cookie$/,
    why: 'sign-out',
  },
  { path: /^\/api\/auth\//, why: 'sign-in endpoints' },
  { path: /^(\/api\/app\/\*|\/\*)$/, why: 'static assets of the app' },
  { path: /^\/api$/, why: 'the 404 for an unknown plugin' },
];

const allowed = (route: WalkedRoute) =>
  allowList.find(
    entry =>
      (!entry.method || entry.method === route.method) &&
      entry.path.test(route.path),
  );

const concrete = (path: string) =>
  path.replace(/:\w+(\(\*\))?/g, 'probe').replace(/\*/g, 'probe');

describe('default-deny: the route walk', () => {
  let server: Parameters<typeof request>[0];
  let routes: WalkedRoute[];
  let unresolved: string[];

  beforeAll(async () => {
    ({ server } = await startTestBackend({
      features: [...portalFeatures, ...realAuthServices, testConfig()],
    }));
    const app = server.listeners('request')[0] as unknown as {
      _router: { stack: Parameters<typeof walkRoutes>[0] };
    };
    const walked = walkRoutes(app._router.stack);
    unresolved = walked.unresolved;
    routes = walked.routes;
  }, 60_000);

  it('understands every mount path', () => {
    expect(unresolved).toEqual([]);
  });

  it('answers 401 to a caller without credentials on every route but the allow-list', async () => {
    const open: string[] = [];
    for (const route of routes.filter(r => !allowed(r))) {
      const method = route.method.toLowerCase() as 'get';
      const res = await request(server)[method](concrete(route.path));
      if (res.status !== 401) {
        open.push(`${route.method} ${route.path} answered ${res.status}`);
      }
    }
    expect(open).toEqual([]);
  });

  it.each([
    'adr',
    'catalog',
    'scaffolder',
    'techdocs',
    'search',
    'notifications',
    'user-settings',
    'events',
    'permission',
  ])('walks the routes of the %s plugin', plugin => {
    const guarded = routes.filter(
      r => r.path.startsWith(`/api/${plugin}/`) && !allowed(r),
    );
    expect(guarded.length).toBeGreaterThan(0);
  });

  it('has no stale allow-list entry (the app must be built for its static routes)', () => {
    const stale = allowList
      .filter(entry => !routes.some(route => allowed(route) === entry))
      .map(entry => entry.why);
    expect(stale).toEqual([]);
  });

  it('answers 401 on the catalog without credentials', async () => {
    const res = await request(server).get('/api/catalog/entities');
    expect(res.status).toBe(401);
    expect(res.body.error.name).toBe('AuthenticationError');
  });
});
