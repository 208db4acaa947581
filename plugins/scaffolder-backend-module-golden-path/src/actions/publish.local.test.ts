import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fs from 'node:fs';
import { ConfigReader } from '@backstage/config';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { UserEntity } from '@backstage/catalog-model';
import git from 'isomorphic-git';
import { createPublishAction } from './publish';
import { LocalGitRepositories } from '@internal/plugin-golden-path-node';

const alice: UserEntity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name: 'alice' },
  spec: {
    profile: { displayName: 'Alice Moreau', email: 'alice@example.com' },
    memberOf: [],
  },
};

function workspaceWith(catalogInfo?: string) {
  const workspace = mkdtempSync(join(tmpdir(), 'workspace-'));
  mkdirSync(join(workspace, 'src'));
  writeFileSync(join(workspace, 'src/app.py'), 'print("hello")\n');
  if (catalogInfo !== undefined) {
    writeFileSync(join(workspace, 'catalog-info.yaml'), catalogInfo);
  }
  return workspace;
}

const component = `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: orders
spec: { type: service, lifecycle: experimental, owner: group:default/platform }
`;

describe('golden-path:publish, in the embedded default', () => {
  let root: string;
  let repositories: LocalGitRepositories;
  let catalog: ReturnType<typeof catalogServiceMock.mock>;

  beforeEach(() => {
    root = join(mkdtempSync(join(tmpdir(), 'repos-')), 'repos');
    repositories = LocalGitRepositories.fromConfig(
      new ConfigReader({ goldenPath: { localRepositories: root } }),
    );
    catalog = catalogServiceMock.mock({
      addLocation: jest.fn(async location => ({
        location: {
          id: 'loc-1',
          type: location.type ?? 'file',
          target: location.target,
          entityRef: 'location:default/generated-1',
        },
        entities: [],
      })),
      getEntityByRef: jest.fn(async entityRef => ({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: String(entityRef).split('/')[1] },
      })),
      removeLocationById: jest.fn(async () => undefined),
    });
  });

  const run = (name: string, workspacePath: string, isDryRun = false) => {
    const action = createPublishAction({
      repositories,
      catalog,
      auth: mockServices.auth(),
      entityWaitMs: 1_500,
    });
    const ctx = {
      ...createMockActionContext({
        input: { name },
        workspacePath,
        user: { entity: alice, ref: 'user:default/alice' },
        templateInfo: {
          entityRef: 'template:default/python-layered-service',
          baseUrl: 'file:///t',
        },
      }),
      isDryRun,
    };
    return { ctx, done: action.handler(ctx as any) };
  };

  it('creates a work tree on main, authored by the signed-in user, and registers it', async () => {
    const { ctx, done } = run('orders', workspaceWith(component));
    await done;

    const dir = join(root, 'orders');
    expect(await git.currentBranch({ fs, dir })).toBe('main');
    const [commit] = await git.log({ fs, dir });
    expect(commit.commit.author).toMatchObject({
      name: 'Alice Moreau',
      email: 'alice@example.com',
    });
    expect(commit.commit.message).toContain(
      'template:default/python-layered-service',
    );
    expect(await git.listFiles({ fs, dir })).toEqual([
      'catalog-info.yaml',
      'src/app.py',
    ]);
    expect(catalog.addLocation).toHaveBeenCalledWith(
      { type: 'file', target: join(dir, 'catalog-info.yaml') },
      expect.anything(),
    );
    expect(ctx.output).toHaveBeenCalledWith(
      'entityRef',
      'component:default/orders',
    );
    expect(ctx.output).toHaveBeenCalledWith('cloneCommand', `git clone ${dir}`);
  });

  it.each([['../escape'], ['a/b'], ['Orders'], ['-x'], ['x'.repeat(64)], ['']])(
    'refuses the name %j before writing anything',
    async name => {
      await expect(run(name, workspaceWith(component)).done).rejects.toThrow(
        /not a valid service name/,
      );
      expect(fs.existsSync(root)).toBe(false);
      expect(catalog.addLocation).not.toHaveBeenCalled();
    },
  );

  it('refuses a name whose repository exists, and leaves it alone', async () => {
    await run('orders', workspaceWith(component)).done;
    await expect(run('orders', workspaceWith(component)).done).rejects.toThrow(
      /already exists/,
    );
    expect((await git.log({ fs, dir: join(root, 'orders') })).length).toBe(1);
    expect(catalog.addLocation).toHaveBeenCalledTimes(1);
  });

  it('refuses a workspace without a Component in catalog-info.yaml', async () => {
    await expect(run('orders', workspaceWith()).done).rejects.toThrow(
      /no catalog-info.yaml/,
    );
    await expect(
      run('orders', workspaceWith('kind: Group\nmetadata: { name: x }\n')).done,
    ).rejects.toThrow(/describes no Component or System/);
    expect(fs.existsSync(join(root, 'orders'))).toBe(false);
  });

  it('removes the repository again when the registration fails', async () => {
    catalog.addLocation.mockRejectedValueOnce(new Error('catalog down'));
    await expect(run('orders', workspaceWith(component)).done).rejects.toThrow(
      'catalog down',
    );
    expect(readdirSync(root)).toEqual([]);
    expect(catalog.removeLocationById).not.toHaveBeenCalled();
  });

  it('waits for the catalog to show the entity before it finishes', async () => {
    catalog.getEntityByRef
      .mockResolvedValueOnce(undefined)
      .mockResolvedValueOnce(undefined);
    await run('orders', workspaceWith(component)).done;
    expect(catalog.getEntityByRef).toHaveBeenCalledTimes(3);
  });

  it('unregisters and removes everything when the entity never appears', async () => {
    catalog.getEntityByRef.mockResolvedValue(undefined);
    await expect(run('orders', workspaceWith(component)).done).rejects.toThrow(
      /did not show component:default\/orders within 1.5 s/,
    );
    expect(catalog.removeLocationById).toHaveBeenCalledWith('loc-1', {
      credentials: mockCredentials.service('plugin:test'),
    });
    expect(readdirSync(root)).toEqual([]);
  });

  it('leaves nothing behind when the commit fails half-way', async () => {
    const commit = jest
      .spyOn(git, 'commit')
      .mockRejectedValueOnce(new Error('disk full'));
    try {
      await expect(
        run('orders', workspaceWith(component)).done,
      ).rejects.toThrow('disk full');
    } finally {
      commit.mockRestore();
    }
    expect(readdirSync(root)).toEqual([]);
    expect(catalog.addLocation).not.toHaveBeenCalled();
  });

  it('only reports what it would do in a dry run', async () => {
    const { ctx, done } = run('orders', workspaceWith(component), true);
    await done;
    expect(fs.existsSync(root)).toBe(false);
    expect(catalog.addLocation).not.toHaveBeenCalled();
    expect(ctx.output).toHaveBeenCalledWith(
      'entityRef',
      'component:default/orders',
    );
  });
});
