import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { NotModifiedError } from '@backstage/errors';
import { DefaultSourceTreeService } from './SourceTreeService';

function entity(
  location: string,
  annotations: Record<string, string> = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'orders',
      annotations: {
        'backstage.io/managed-by-location': location,
        ...annotations,
      },
    },
  };
}

function repository(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'repo-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

describe('DefaultSourceTreeService', () => {
  const repo = repository({
    'catalog-info.yaml': 'kind: Component\n',
    'docs/adr/0001-x.md': '# X\n',
    'services/api/src/main.py': 'pass\n',
    'services/api/docs/adr/0001-api.md': '# API\n',
    '.github/workflows/ci.yml': 'on: push\n',
  });
  const urlReader = {
    readTree: jest.fn(),
    readUrl: jest.fn(),
    search: jest.fn(),
  };
  const service = DefaultSourceTreeService.create({
    fileRoots: [repo],
    urlReader,
    logger: mockServices.logger.mock(),
  });
  const here = entity(`file:${join(repo, 'catalog-info.yaml')}`);

  it('reads a file location under the roots', async () => {
    const tree = await service.forEntity(here);
    expect(tree.files.map(f => f.path)).toEqual([
      '.github/workflows/ci.yml',
      'catalog-info.yaml',
      'docs/adr/0001-x.md',
      'services/api/docs/adr/0001-api.md',
      'services/api/src/main.py',
    ]);
  });

  it('reads just a folder below the catalog-info.yaml', async () => {
    const tree = await service.forEntity(here, { folder: 'docs/adr' });
    expect(tree.files.map(f => f.path)).toEqual(['0001-x.md']);
  });

  it('honours golden-path/source-subpath for a component in a monorepo', async () => {
    const api = entity(`file:${join(repo, 'catalog-info.yaml')}`, {
      'golden-path/source-subpath': 'services/api',
    });
    const tree = await service.forEntity(api, { folder: 'docs/adr' });
    expect(tree.files.map(f => f.path)).toEqual(['0001-api.md']);
  });

  it("reads a monorepo component's repository-root folder when asked", async () => {
    const api = entity(`file:${join(repo, 'catalog-info.yaml')}`, {
      'golden-path/source-subpath': 'services/api',
    });
    const tree = await service.forEntity(api, {
      folder: '.github/workflows',
      fromRepositoryRoot: true,
    });
    expect(tree.files.map(f => f.path)).toEqual(['ci.yml']);
  });

  it.each([
    [{ 'golden-path/source-subpath': '../..' }, undefined],
    [{ 'golden-path/source-subpath': '/etc' }, undefined],
    [{}, '../../etc'],
  ])(
    'refuses a path that leaves the repository (%j, %s)',
    async (annotations, folder) => {
      const hostile = entity(
        `file:${join(repo, 'catalog-info.yaml')}`,
        annotations,
      );
      await expect(service.forEntity(hostile, { folder })).rejects.toThrow(
        /must be a relative path inside the repository/,
      );
    },
  );

  it('refuses a file location outside the roots', async () => {
    const elsewhere = repository({ 'catalog-info.yaml': 'kind: Component\n' });
    await expect(
      service.forEntity(entity(`file:${join(elsewhere, 'catalog-info.yaml')}`)),
    ).rejects.toThrow(/outside the folders the portal may read/);
  });

  it('explains an entity without a location', async () => {
    await expect(
      service.forEntity({
        apiVersion: 'v1',
        kind: 'Component',
        metadata: { name: 'x' },
      }),
    ).rejects.toThrow(/has no backstage.io\/managed-by-location/);
  });

  it('fetches a url location once and reuses it while the ETag holds', async () => {
    const dir = jest.fn(async ({ targetDir }: { targetDir: string }) => {
      writeFileSync(join(targetDir, '0001-remote.md'), '# Remote\n');
      return targetDir;
    });
    urlReader.readTree
      .mockResolvedValueOnce({
        etag: 'e1',
        dir,
        files: jest.fn(),
        archive: jest.fn(),
      })
      .mockRejectedValueOnce(new NotModifiedError('unchanged'));
    const remote = entity(
      'url:https://git.example.com/org/orders/blob/main/catalog-info.yaml',
    );

    const first = await service.forEntity(remote, { folder: 'docs/adr' });
    const second = await service.forEntity(remote, { folder: 'docs/adr' });

    expect(urlReader.readTree).toHaveBeenNthCalledWith(
      1,
      'https://git.example.com/org/orders/blob/main/docs/adr/',
      { etag: undefined },
    );
    expect(urlReader.readTree).toHaveBeenNthCalledWith(
      2,
      'https://git.example.com/org/orders/blob/main/docs/adr/',
      { etag: 'e1' },
    );
    expect(dir).toHaveBeenCalledTimes(1);
    expect(second).toBe(first);
    await expect(second.readText('0001-remote.md')).resolves.toBe('# Remote\n');
  });
});
