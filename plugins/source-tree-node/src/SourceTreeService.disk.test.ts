import { readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { DefaultSourceTreeService } from './SourceTreeService';

const remote = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name,
    annotations: {
      'backstage.io/managed-by-location': `url:https://git.example.com/org/${name}/blob/main/catalog-info.yaml`,
    },
  },
});

// Every repository a user registers is downloaded into a temporary folder;
// the folders must not pile up.
describe('DefaultSourceTreeService on disk', () => {
  let before: Set<string>;
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
      entry.isDirectory()
        ? [join(dir, entry.name), ...walk(join(dir, entry.name))]
        : [],
    );
  // The folders the service made in the system's temporary folder.
  const folders = () =>
    readdirSync(tmpdir())
      .filter(name => name.startsWith('source-tree-') && !before.has(name))
      .flatMap(name => [join(tmpdir(), name), ...walk(join(tmpdir(), name))]);
  const urlReader = {
    readTree: jest.fn(async () => ({
      etag: 'e',
      files: jest.fn(),
      archive: jest.fn(),
      dir: async ({ targetDir }: { targetDir: string }) => {
        writeFileSync(join(targetDir, 'README.md'), 'x'.repeat(1000));
        return targetDir;
      },
    })),
    readUrl: jest.fn(),
    search: jest.fn(),
  };

  beforeEach(() => {
    before = new Set(readdirSync(tmpdir()));
  });

  const service = () =>
    DefaultSourceTreeService.create({
      fileRoots: [],
      urlReader,
      logger: mockServices.logger.mock(),
      maxSnapshots: 3,
      removalDelayMs: 0,
    });

  it('keeps the newest few downloads and removes the others', async () => {
    const trees = service();
    for (let i = 0; i < 10; i++) {
      await trees.forEntity(remote(`service-${i}`));
    }
    const kept = folders().filter(f => readdirSync(f).includes('README.md'));
    expect(kept).toHaveLength(3);
    await trees.close();
    expect(folders()).toEqual([]);
  });

  it('leaves no folder behind when a download fails half-way', async () => {
    const trees = service();
    urlReader.readTree.mockResolvedValueOnce({
      etag: 'e',
      files: jest.fn(),
      archive: jest.fn(),
      dir: async ({ targetDir }: { targetDir: string }) => {
        writeFileSync(join(targetDir, 'partial.md'), 'half');
        throw new Error('connection reset');
      },
    });
    await expect(trees.forEntity(remote('broken'))).rejects.toThrow(
      'connection reset',
    );
    expect(
      folders().filter(f => readdirSync(f).includes('partial.md')),
    ).toEqual([]);
    await trees.close();
  });
});

describe('DefaultSourceTreeService, one download for concurrent readers', () => {
  it('downloads a URL once for readers asking at the same time, and keeps an evicted tree readable for a while', async () => {
    let downloads = 0;
    const urlReader = {
      readTree: jest.fn(async () => {
        downloads++;
        return {
          etag: `e${downloads}`,
          files: jest.fn(),
          archive: jest.fn(),
          dir: async ({ targetDir }: { targetDir: string }) => {
            writeFileSync(join(targetDir, 'README.md'), '# Read me\n');
            return targetDir;
          },
        };
      }),
      readUrl: jest.fn(),
      search: jest.fn(),
    };
    const trees = DefaultSourceTreeService.create({
      fileRoots: [],
      urlReader,
      logger: mockServices.logger.mock(),
      maxSnapshots: 1,
    });
    const [first, second] = await Promise.all([
      trees.forEntity(remote('orders')),
      trees.forEntity(remote('orders')),
    ]);
    expect(downloads).toBe(1);
    expect(second).toBe(first);
    // Another repository evicts orders; its reader may still finish.
    await trees.forEntity(remote('billing'));
    await expect(first.readText('README.md')).resolves.toBe('# Read me\n');
    await trees.close();
  });
});
