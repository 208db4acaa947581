import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { DefaultSourceTreeService } from '@internal/plugin-source-tree-node';
import { parseAllDocuments } from 'yaml';
import { readEntityAdrs } from './readAdrFolder';

const root = resolve(__dirname, '../../..');
const catalogInfos = [
  join(root, 'catalog-info.yaml'),
  ...readdirSync(join(root, 'examples/services')).map(name =>
    join(root, 'examples/services', name, 'catalog-info.yaml'),
  ),
];

function componentIn(path: string): Entity {
  const component = parseAllDocuments(readFileSync(path, 'utf8'))
    .map(doc => doc.toJS())
    .find(entity => entity.kind === 'Component');
  component.metadata.annotations[
    'backstage.io/managed-by-location'
  ] = `file:${path}`;
  return component;
}

describe('the ADRs of the portal and its example services', () => {
  const sourceTree = DefaultSourceTreeService.create({
    fileRoots: [root],
    urlReader: { readTree: jest.fn(), readUrl: jest.fn(), search: jest.fn() },
    logger: mockServices.logger.mock(),
  });

  it.each(catalogInfos.map(path => [path.slice(root.length + 1), path]))(
    '%s has at least two readable ADRs',
    async (_, path) => {
      const { adrs, failures } = await readEntityAdrs(
        componentIn(path),
        sourceTree,
      );
      expect(failures).toEqual([]);
      expect(adrs.length).toBeGreaterThanOrEqual(2);
      expect(
        adrs.every(a => a.format === 'madr4' && a.number !== undefined),
      ).toBe(true);
    },
  );

  it('between them show every status a reviewer meets, and records that state none', async () => {
    const statuses = new Set<string>();
    for (const path of catalogInfos) {
      const { adrs } = await readEntityAdrs(componentIn(path), sourceTree);
      adrs.forEach(a => statuses.add(a.status));
    }
    expect([...statuses].sort()).toEqual([
      'accepted',
      'none',
      'proposed',
      'rejected',
      'superseded',
    ]);
  });
});
