import fs, {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigReader } from '@backstage/config';
import git from 'isomorphic-git';
import { LocalGitRepositories } from './LocalGitRepositories';

// A repository's author controls what its work tree holds, links included;
// the portal must neither write nor read through them, and a template's
// output must not carry one into a new repository.
const author = { name: 'Alice Moreau', email: 'alice@example.com' };

function setUp() {
  const base = mkdtempSync(join(tmpdir(), 'links-'));
  const outside = join(base, 'outside');
  mkdirSync(outside);
  writeFileSync(join(outside, 'victim.md'), 'untouched\n');
  const repositories = LocalGitRepositories.fromConfig(
    new ConfigReader({
      goldenPath: { localRepositories: join(base, 'repos') },
    }),
  );
  const source = join(base, 'source');
  mkdirSync(join(source, 'docs'), { recursive: true });
  writeFileSync(join(source, 'README.md'), 'hello\n');
  return { base, outside, repositories, source };
}

async function withLink(link: string, target: string) {
  const { outside, repositories, source, base } = setUp();
  await repositories.create({
    name: 'orders',
    sourceDir: source,
    author,
    message: 'init',
  });
  const dir = join(base, 'repos', 'orders');
  symlinkSync(
    target === 'outside' ? outside : join(outside, 'victim.md'),
    join(dir, link),
  );
  return { dir, outside, repositories };
}

const change = (
  repositories: LocalGitRepositories,
  files: Record<string, string>,
) =>
  repositories.change({
    name: 'orders',
    branch: 'attack',
    author,
    message: 'Attack',
    edit: async () => files,
  });

describe('LocalGitRepositories and symbolic links', () => {
  it('refuses to publish a generated tree that holds a link, and creates nothing', async () => {
    const { outside, repositories, source, base } = setUp();
    symlinkSync(join(outside, 'victim.md'), join(source, 'docs', 'leak.md'));
    await expect(
      repositories.create({
        name: 'orders',
        sourceDir: source,
        author,
        message: 'init',
      }),
    ).rejects.toThrow(
      'docs/leak.md is a symbolic link; the portal copies no link into a repository',
    );
    expect(existsSync(join(base, 'repos', 'orders'))).toBe(false);
  });

  it('refuses to write through a linked folder', async () => {
    const { dir, outside, repositories } = await withLink(
      'runbooks',
      'outside',
    );
    await expect(
      change(repositories, { 'runbooks/victim.md': 'overwritten\n' }),
    ).rejects.toThrow(
      'runbooks is a symbolic link; the portal writes no file through a link',
    );
    expect(readFileSync(join(outside, 'victim.md'), 'utf8')).toBe(
      'untouched\n',
    );
    expect(await git.listBranches({ fs, dir })).toEqual(['main']);
  });

  it('refuses to write through a linked file', async () => {
    const { outside, repositories } = await withLink('docs/runbook.md', 'file');
    await expect(
      change(repositories, { 'docs/runbook.md': 'overwritten\n' }),
    ).rejects.toThrow(
      'docs/runbook.md is a symbolic link; the portal writes no file through a link',
    );
    expect(readFileSync(join(outside, 'victim.md'), 'utf8')).toBe(
      'untouched\n',
    );
  });

  it('refuses to read a file through a link that leads out of the repository', async () => {
    const { repositories } = await withLink('docs/runbook.md', 'file');
    await expect(
      repositories.change({
        name: 'orders',
        branch: 'read',
        author,
        message: 'Read',
        edit: async files => ({
          'docs/copy.md': await files.read('docs/runbook.md'),
        }),
      }),
    ).rejects.toThrow('docs/runbook.md leads outside');
  });

  it('refuses to list a folder through a link that leads out of the repository', async () => {
    const { repositories } = await withLink('adr', 'outside');
    await expect(
      repositories.change({
        name: 'orders',
        branch: 'list',
        author,
        message: 'List',
        edit: async files => ({
          'docs/names.md': (await files.list('adr')).join(),
        }),
      }),
    ).rejects.toThrow('adr leads outside');
  });
});
