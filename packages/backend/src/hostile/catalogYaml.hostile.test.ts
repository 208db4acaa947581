import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import {
  HostileBackend,
  refusal,
  startHostileBackend,
} from '../__testUtils__/hostileBackend';

describe('hostile catalog YAML, through POST /api/catalog/locations', () => {
  let portal: HostileBackend;
  beforeAll(async () => {
    portal = await startHostileBackend();
  }, 120_000);

  const register = (target: string) =>
    portal.attack(async () => {
      const res = await request(portal.server)
        .post('/api/catalog/locations?dryRun=true')
        .set('Authorization', portal.alice)
        .send({ type: 'file', target });
      return { status: res.status, message: res.body?.error?.message };
    });

  const laughs = [
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    ...'bcdefghi'
      .split('')
      .map(
        (c, i) =>
          `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`,
      ),
    'apiVersion: backstage.io/v1alpha1',
    'kind: Component',
    'metadata: { name: laughs }',
    'spec: { type: service, lifecycle: production, owner: platform, x: *i }',
  ].join('\n');

  const attacks: Array<[string, () => string, RegExp]> = [
    [
      'a path that climbs out of the roots',
      () => `${portal.repos}/../outside/catalog-info.yaml`,
      /\"status\":400.*The file location \S+\/repos\/\.\.\/outside\/catalog-info\.yaml is refused: it is outside the folders the portal may read/,
    ],
    [
      'a glob whose braces expand to ..',
      () => `${portal.repos}/{..,x}/outside/catalog-info.yaml`,
      /\"status\":400.*braces \(\{a,b\}\) are not allowed in a file location/,
    ],
    [
      'a ** walk of a whole root',
      () => `${portal.repos}/**/catalog-info.yaml`,
      /\"status\":400.*would walk a whole folder tree; name each folder level with/,
    ],
    [
      'a folder that is a link out of the roots',
      () => {
        const repo = portal.repository({ 'README.md': 'x' });
        symlinkSync(portal.outside, join(repo, 'linked'));
        return join(repo, 'linked', 'catalog-info.yaml');
      },
      /\"status\":400.*\/linked\/catalog-info\.yaml is refused: it is outside the folders the portal may read/,
    ],
    [
      'a YAML alias bomb',
      () =>
        join(
          portal.repository({ 'catalog-info.yaml': laughs }),
          'catalog-info.yaml',
        ),
      /\"status\":400.*Excessive alias count indicates a resource exhaustion attack/,
    ],
    [
      'a file of 2 MB',
      () =>
        join(
          portal.repository({
            'catalog-info.yaml': `# ${'x'.repeat(2_000_000)}\n`,
          }),
          'catalog-info.yaml',
        ),
      /\"status\":400.*catalog-info\.yaml is 2000003 bytes, over the 1000000-byte limit per file/,
    ],
    [
      'a Location entity whose target leaves the roots',
      () =>
        join(
          portal.repository({
            'catalog-info.yaml':
              'apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata: { name: climb }\nspec:\n  type: file\n  target: ../../outside/catalog-info.yaml\n',
          }),
          'catalog-info.yaml',
        ),
      /\"status\":400.*The file location \S+\/outside\/catalog-info\.yaml is refused: it is outside the folders the portal may read/,
    ],
  ];

  it.each(attacks)(
    'refuses %s',
    async (_, target, message) => {
      const outcome = await register(target());
      expect(refusal(outcome)).toMatch(message);
    },
    60_000,
  );
});
