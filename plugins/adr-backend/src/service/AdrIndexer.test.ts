import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  DefaultSourceTreeService,
  SourceTreeService,
} from '@internal/plugin-source-tree-node';
import { DatabaseAdrIndexStore } from '../database/DatabaseAdrIndexStore';
import { AdrIndexer } from './AdrIndexer';

const databases = TestDatabases.create({
  ids: ['SQLITE_3'],
  disableDocker: true,
});

function repo() {
  const root = mkdtempSync(join(tmpdir(), 'adr-index-'));
  mkdirSync(join(root, 'docs/adr'), { recursive: true });
  writeFileSync(join(root, 'catalog-info.yaml'), 'kind: Component\n');
  writeFileSync(
    join(root, 'docs/adr/0001-a.md'),
    '---\nstatus: accepted\ndate: 2025-01-01\n---\n# A\n',
  );
  writeFileSync(
    join(root, 'docs/adr/0002-b.md'),
    '---\nstatus: proposed\ndate: 2025-02-01\n---\n# B\n',
  );
  return root;
}

const component = (name: string, root: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name,
    namespace: 'default',
    annotations: {
      'backstage.io/managed-by-location': `file:${join(
        root,
        'catalog-info.yaml',
      )}`,
      'backstage.io/adr-location': 'docs/adr',
    },
  },
  spec: { owner: 'platform', system: 'shop' },
  relations: [
    { type: 'ownedBy', targetRef: 'group:default/platform' },
    { type: 'partOf', targetRef: 'system:default/shop' },
  ],
});

const system: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'System',
  metadata: { name: 'shop', namespace: 'default' },
  relations: [{ type: 'partOf', targetRef: 'domain:default/commerce' }],
};

describe('AdrIndexer', () => {
  it('indexes every ADR folder, and re-reads only the ones that changed', async () => {
    const root = repo();
    const store = await DatabaseAdrIndexStore.create({
      database: mockServices.database({
        knex: await databases.init('SQLITE_3'),
        migrations: { skip: false },
      }),
    });
    const real = DefaultSourceTreeService.create({
      fileRoots: [root],
      urlReader: { readTree: jest.fn(), readUrl: jest.fn(), search: jest.fn() },
      logger: mockServices.logger.mock(),
    });
    let filesRead = 0;
    const counting: SourceTreeService = {
      async forEntity(entity, options) {
        const tree = await real.forEntity(entity, options);
        return {
          ...tree,
          files: tree.files,
          warnings: tree.warnings,
          contentHash: tree.contentHash,
          readText: path => {
            filesRead++;
            return tree.readText(path);
          },
        };
      },
      close: () => real.close(),
    };
    const indexer = new AdrIndexer({
      store,
      catalog: catalogServiceMock({
        entities: [component('orders', root), system],
      }),
      sourceTree: counting,
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
    });

    expect(await indexer.refresh()).toEqual({
      parsed: 1,
      unchanged: 0,
      failed: 0,
    });
    expect(filesRead).toBe(2);
    const { items } = await store.query({ limit: 50, offset: 0 });
    expect(
      items.map(i => [i.number, i.status, i.owner, i.system, i.domain]),
    ).toEqual([
      [
        2,
        'proposed',
        'group:default/platform',
        'system:default/shop',
        'domain:default/commerce',
      ],
      [
        1,
        'accepted',
        'group:default/platform',
        'system:default/shop',
        'domain:default/commerce',
      ],
    ]);

    filesRead = 0;
    expect(await indexer.refresh()).toEqual({
      parsed: 0,
      unchanged: 1,
      failed: 0,
    });
    expect(filesRead).toBe(0);

    writeFileSync(
      join(root, 'docs/adr/0002-b.md'),
      '---\nstatus: accepted\ndate: 2025-02-01\n---\n# B\n',
    );
    expect(await indexer.refresh()).toEqual({
      parsed: 1,
      unchanged: 0,
      failed: 0,
    });
    expect(
      (await store.query({ status: ['proposed'], limit: 50, offset: 0 }))
        .totalItems,
    ).toBe(0);
  });

  it('keeps going when one folder cannot be read, and drops entities that are gone', async () => {
    const root = repo();
    const store = await DatabaseAdrIndexStore.create({
      database: mockServices.database({
        knex: await databases.init('SQLITE_3'),
        migrations: { skip: false },
      }),
    });
    const sourceTree = DefaultSourceTreeService.create({
      fileRoots: [root],
      urlReader: { readTree: jest.fn(), readUrl: jest.fn(), search: jest.fn() },
      logger: mockServices.logger.mock(),
    });
    const outside = component(
      'outside',
      mkdtempSync(join(tmpdir(), 'not-a-root-')),
    );
    const make = (entities: Entity[]) =>
      new AdrIndexer({
        store,
        catalog: catalogServiceMock({ entities }),
        sourceTree,
        auth: mockServices.auth(),
        logger: mockServices.logger.mock(),
      });
    expect(await make([component('orders', root), outside]).refresh()).toEqual({
      parsed: 1,
      unchanged: 0,
      failed: 1,
    });
    await make([]).refresh();
    expect((await store.query({ limit: 50, offset: 0 })).totalItems).toBe(0);
  });

  it('asks the decision-makers of a newly proposed ADR, once, and no one for a folder seen the first time', async () => {
    const root = repo();
    writeFileSync(
      join(root, 'docs/adr/0002-b.md'),
      '---\nstatus: proposed\ndate: 2025-02-01\ndecision-makers: [Grace Osei, Nobody Known]\n---\n# B\n',
    );
    const store = await DatabaseAdrIndexStore.create({
      database: mockServices.database({
        knex: await databases.init('SQLITE_3'),
        migrations: { skip: false },
      }),
    });
    const send = jest.fn(async (_notification: any) => undefined);
    const indexer = new AdrIndexer({
      store,
      catalog: catalogServiceMock({
        entities: [
          component('orders', root),
          system,
          {
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'User',
            metadata: { name: 'grace', namespace: 'default' },
            spec: { profile: { displayName: 'Grace Osei' } },
          },
        ],
      }),
      sourceTree: DefaultSourceTreeService.create({
        fileRoots: [root],
        urlReader: {
          readTree: jest.fn(),
          readUrl: jest.fn(),
          search: jest.fn(),
        },
        logger: mockServices.logger.mock(),
      }),
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
      notifications: { send },
    });

    await indexer.refresh();
    expect(send).not.toHaveBeenCalled();

    writeFileSync(
      join(root, 'docs/adr/0003-c.md'),
      '---\nstatus: proposed\ndate: 2025-03-01\ndecision-makers: [grace]\n---\n# Use queues\n',
    );
    await indexer.refresh();
    writeFileSync(
      join(root, 'docs/adr/0004-d.md'),
      '---\nstatus: accepted\n---\n# D\n',
    );
    await indexer.refresh();

    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith({
      recipients: { type: 'entity', entityRef: ['user:default/grace'] },
      payload: expect.objectContaining({
        title: 'A decision awaits you: orders ADR-0003 Use queues',
        link: '/catalog/default/component/orders/decisions',
        topic: 'adr-proposed',
      }),
    });
  });
});
