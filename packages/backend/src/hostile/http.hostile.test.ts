import request from 'supertest';
import {
  HostileBackend,
  refusal,
  startHostileBackend,
} from '../__testUtils__/hostileBackend';
import { signIn } from '../__testUtils__/testBackend';

describe('hostile HTTP bodies and query strings, through the portal routes', () => {
  let portal: HostileBackend;
  let architect: string;
  beforeAll(async () => {
    portal = await startHostileBackend();
    // The waiver routes are an architect's: the body reaches their checks.
    architect = await signIn(portal.server, 'grace');
  }, 120_000);

  const send = (
    method: 'get' | 'post' | 'put',
    path: string,
    body?: string | object,
    contentType = 'application/json',
  ) =>
    portal.attack(async () => {
      let req = request(portal.server)
        [method](path)
        .set(
          'Authorization',
          path.startsWith('/api/fitness/waivers') ? architect : portal.alice,
        );
      if (body !== undefined) {
        req = req.set('Content-Type', contentType).send(body);
      }
      const res = await req;
      return { status: res.status, message: res.body?.error?.message };
    });

  const attacks: Array<[string, () => ReturnType<typeof send>, RegExp]> = [
    [
      'a JSON body of 20 MB',
      () =>
        send(
          'post',
          '/api/fitness/waivers',
          `{"reason":"${'x'.repeat(20_000_000)}"}`,
        ),
      /^\{\"status\":413,\"message\":\"request entity too large\"\}$/,
    ],
    [
      'malformed JSON',
      () => send('post', '/api/fitness/waivers', '{"reason": "x",'),
      /^\{\"status\":400,\"message\":\"Expected double-quoted property name in JSON at position 15/,
    ],
    [
      'a body that pollutes Object.prototype',
      () =>
        send(
          'post',
          '/api/fitness/waivers',
          '{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"polluted":1}}}',
        ),
      /^\{"status":400,"message":"Invalid waiver: .*waiver: Unrecognized keys: \\"__proto__\\", \\"constructor\\""\}$/,
    ],
    [
      'a query parameter given as an array',
      () => send('get', '/api/slo/board?limit[]=1&limit[]=2'),
      /^\{\"status\":400,\"message\":\"Invalid query: limit: Invalid input: expected number, received NaN\"\}$/,
    ],
    [
      'a page size of a billion',
      () => send('get', '/api/fitness/list?limit=1000000000'),
      /^\{\"status\":400,\"message\":\"Invalid query: limit: Too big: expected number to be <=100\"\}$/,
    ],
    [
      'a negative offset',
      () => send('get', '/api/slo/board?offset=-5'),
      /^\{\"status\":400,\"message\":\"Invalid query: offset: Too small: expected number to be >=0\"\}$/,
    ],
    [
      'a status filter off the list',
      () => send('get', "/api/slo/board?status=ok,'%20OR%201=1--"),
      /^\{\"status\":400,\"message\":\"Invalid query: status\.1: Invalid option: expected one of /,
    ],
    [
      'an entity name that climbs out of its namespace',
      () =>
        send(
          'get',
          `/api/adr/entities/component/default/${encodeURIComponent(
            '../../etc',
          )}/adrs`,
        ),
      /^\{\"status\":400,\"message\":\"Invalid entity reference: name: Invalid string: must match pattern/,
    ],
  ];

  it.each(attacks)(
    'refuses %s',
    async (_, attack, message) => {
      expect(refusal(await attack())).toMatch(message);
      expect(Object.prototype).not.toHaveProperty('isAdmin');
      expect(Object.prototype).not.toHaveProperty('polluted');
    },
    60_000,
  );
});
