import fs, {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigReader } from '@backstage/config';
import git from 'isomorphic-git';
import { LocalGitRepositories } from './LocalGitRepositories';
import { RepositoryFiles } from './RepositoryFiles';

const author = { name: 'Alice Moreau', email: 'alice@example.com' };

async function repository() {
  const root = join(mkdtempSync(join(tmpdir(), 'repos-')), 'repos');
  const source = mkdtempSync(join(tmpdir(), 'source-'));
  mkdirSync(join(source, 'docs/adr'), { recursive: true });
  writeFileSync(join(source, 'docs/adr/0001-first.md'), '# First\n');
  writeFileSync(join(source, 'README.md'), 'hello\n');
  const repositories = LocalGitRepositories.fromConfig(
    new ConfigReader({ goldenPath: { localRepositories: root } }),
  );
  await repositories.create({
    name: 'orders',
    sourceDir: source,
    author,
    message: 'init',
  });
  return { repositories, dir: join(root, 'orders') };
}

const nextAdr = async (files: RepositoryFiles) => {
  const numbers = (await files.list('docs/adr')).map(f =>
    Number(f.slice(0, 4)),
  );
  return String(Math.max(...numbers) + 1).padStart(4, '0');
};

describe('LocalGitRepositories.change', () => {
  it('commits on a branch and merges it into main, authored by the user', async () => {
    const { repositories, dir } = await repository();

    const { commit, files } = await repositories.change({
      name: 'orders',
      branch: 'adr/0002',
      author,
      message: 'Add ADR 2',
      edit: async () => ({
        'docs/adr/0002-second.md': '# Second\n',
        'README.md': 'changed\n',
      }),
    });

    expect(files).toEqual(['docs/adr/0002-second.md', 'README.md']);
    const [merge, branchCommit] = await git.log({ fs, dir, depth: 2 });
    expect(merge.oid).toBe(commit);
    expect(merge.commit.parent).toHaveLength(2);
    expect(merge.commit.author).toMatchObject(author);
    expect(branchCommit.commit.message).toBe('Add ADR 2\n');
    expect(readFileSync(join(dir, 'docs/adr/0002-second.md'), 'utf8')).toBe(
      '# Second\n',
    );
    expect(await git.currentBranch({ fs, dir })).toBe('main');
    expect(await git.listBranches({ fs, dir })).toEqual(['main']);
    const status = await git.statusMatrix({ fs, dir });
    expect(
      status.filter(([, h, w, s]) => !(h === 1 && w === 1 && s === 1)),
    ).toEqual([]);
  });

  it('gives two changes at the same moment each its own next number', async () => {
    const { repositories, dir } = await repository();
    const add = (title: string) =>
      repositories.change({
        name: 'orders',
        branch: `adr/${title}`,
        author,
        message: `Add ${title}`,
        edit: async files => ({
          [`docs/adr/${await nextAdr(files)}-${title}.md`]: `# ${title}\n`,
        }),
      });

    const results = await Promise.all([add('a'), add('b'), add('c')]);

    expect(results.map(r => r.files[0]).sort()).toEqual([
      'docs/adr/0002-a.md',
      'docs/adr/0003-b.md',
      'docs/adr/0004-c.md',
    ]);
    expect(readdirSync(join(dir, 'docs/adr'))).toHaveLength(4);
  });

  it('leaves main and its work tree as they were when the change fails half-way', async () => {
    const { repositories, dir } = await repository();
    const [before] = await git.log({ fs, dir, depth: 1 });

    await expect(
      repositories.change({
        name: 'orders',
        branch: 'broken',
        author,
        message: 'Half a change',
        edit: async () => ({
          'docs/new.md': 'new\n',
          'README.md': 'changed\n',
          'README.md/impossible': 'a file under a file',
        }),
      }),
    ).rejects.toThrow();

    const [after] = await git.log({ fs, dir, depth: 1 });
    expect(after.oid).toBe(before.oid);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe('hello\n');
    expect(existsSync(join(dir, 'docs/new.md'))).toBe(false);
    expect(await git.currentBranch({ fs, dir })).toBe('main');
    expect(await git.listBranches({ fs, dir })).toEqual(['main']);
  });

  it.each([['../escape.md'], ['/etc/passwd']])(
    'refuses to write %s',
    async path => {
      const { repositories, dir } = await repository();
      await expect(
        repositories.change({
          name: 'orders',
          branch: 'escape',
          author,
          message: 'Escape',
          edit: async () => ({ [path]: 'x' }),
        }),
      ).rejects.toThrow(/not a path inside the repository/);
      expect(await git.listBranches({ fs, dir })).toEqual(['main']);
    },
  );
});
