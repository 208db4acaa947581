import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Entity } from '@backstage/catalog-model';
import { JsonObject } from '@backstage/types';
import { ConfinedRoots } from '@internal/source-tree';
import { LocalFilePlaceholders } from './LocalFilePlaceholders';

const base = mkdtempSync(join(tmpdir(), 'placeholders-'));
const repo = join(base, 'repos/orders');
mkdirSync(join(repo, 'docs'), { recursive: true });
writeFileSync(join(base, 'repos/shared.txt'), 'shared');
writeFileSync(
  join(repo, 'docs/api.yaml'),
  'openapi: 3.1.0\ninfo: {title: Orders}\n',
);
writeFileSync(join(repo, 'docs/two.yaml'), 'a: 1\n---\nb: 2\n');
writeFileSync(join(repo, 'docs/broken.yaml'), 'a: [1\n');
writeFileSync(join(repo, 'docs/schema.json'), '{"type": "object"}');
writeFileSync(join(repo, 'docs/bad.json'), '{"type": ');
writeFileSync(join(repo, 'docs/note.md'), '# Orders\n');
writeFileSync(join(repo, 'docs/large.txt'), 'x'.repeat(900_000));

const processor = new LocalFilePlaceholders(
  new ConfinedRoots([join(base, 'repos')]),
);
const catalogFile = join(repo, 'catalog-info.yaml');

const entityWith = (spec: JsonObject): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'orders' },
  spec,
});

const fill = (spec: JsonObject, type = 'file') =>
  processor.preProcessEntity(entityWith(spec), { type, target: catalogFile });

describe('LocalFilePlaceholders', () => {
  it('fills $text, $json and $yaml from files beside the catalog file, at any depth', async () => {
    const entity = await fill({
      text: { $text: './docs/note.md' },
      nested: [{ json: { $json: 'docs/schema.json' } }],
      yaml: { $yaml: './docs/api.yaml' },
    });
    expect(entity.spec).toEqual({
      text: '# Orders\n',
      nested: [{ json: { type: 'object' } }],
      yaml: { openapi: '3.1.0', info: { title: 'Orders' } },
    });
  });

  it('leaves URLs, other $ keys, objects with more keys and url locations to the catalog', async () => {
    const spec = {
      url: { $text: 'https://example.com/openapi.yaml' },
      ref: { $ref: '#/definitions/order' },
      mixed: { $text: './docs/note.md', other: 1 },
    };
    expect((await fill(spec)).spec).toEqual(spec);
    const relative = { text: { $text: './docs/note.md' } };
    expect((await fill(relative, 'url')).spec).toEqual(relative);
  });

  it.each([
    ['../shared.txt', 'leads outside'],
    ['../../../etc/hostname', 'outside the folders the catalog may read'],
    ['/etc/hostname', 'outside the folders the catalog may read'],
    ['./docs/missing.md', 'does not exist'],
  ])('refuses %s with an error that names it', async (path, reason) => {
    await expect(fill({ t: { $text: path } })).rejects.toThrow(
      `Placeholder $text in ${catalogFile} could not read ${path}:`,
    );
    await expect(fill({ t: { $text: path } })).rejects.toThrow(reason);
  });

  it('refuses an entity whose placeholders would fill more than 5 million characters in all', async () => {
    const six = Object.fromEntries(
      [1, 2, 3, 4, 5, 6].map(i => [`t${i}`, { $text: './docs/large.txt' }]),
    );
    await expect(fill(six)).rejects.toThrow(
      "the entity's placeholders would hold more than 5000000 characters",
    );
    const five = Object.fromEntries(Object.entries(six).slice(0, 5));
    expect(Object.keys((await fill(five)).spec!)).toHaveLength(5);
  });

  it.each([
    ['$json', './docs/bad.json', 'not JSON'],
    ['$yaml', './docs/broken.yaml', 'not YAML'],
    ['$yaml', './docs/two.yaml', 'exactly one YAML document'],
  ])('refuses %s of %s that does not parse', async (key, path, reason) => {
    await expect(fill({ t: { [key]: path } })).rejects.toThrow(reason);
  });
});
