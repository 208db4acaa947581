import {
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readLocalSourceTree } from './readLocalSourceTree';
import { writeTree as tree } from './__testUtils__/writeTree';

const reasons = (t: Awaited<ReturnType<typeof readLocalSourceTree>>) =>
  t.warnings.map(w => `${w.reason} ${w.path}`);

describe('readLocalSourceTree', () => {
  it('lists the text files, sorted, and reads them', async () => {
    const root = tree({
      'src/app/domain/model.py': 'class Order: ...\n',
      'README.md': '# svc\n',
      'src/app/__init__.py': '',
    });
    const t = await readLocalSourceTree(root);
    expect(t.files.map(f => f.path)).toEqual([
      'README.md',
      'src/app/__init__.py',
      'src/app/domain/model.py',
    ]);
    await expect(t.readText('src/app/domain/model.py')).resolves.toBe(
      'class Order: ...\n',
    );
    expect(t.warnings).toEqual([]);
  });

  it('reads only the files that include picks, without warnings', async () => {
    const root = tree({
      'src/app/__init__.py': '',
      'docs/logo.png': Buffer.from([0x89, 0x50, 0x00, 0x01]),
      'README.md': '# svc\n',
    });
    const t = await readLocalSourceTree(root, {
      include: path => path.endsWith('.py'),
    });
    expect(t.files.map(f => f.path)).toEqual(['src/app/__init__.py']);
    expect(t.warnings).toEqual([]);
  });

  it('gives equal trees equal hashes, and a changed file a new one', async () => {
    const a = await readLocalSourceTree(tree({ 'a.py': 'x = 1\n' }));
    const b = await readLocalSourceTree(tree({ 'a.py': 'x = 1\n' }));
    const c = await readLocalSourceTree(tree({ 'a.py': 'x = 2\n' }));
    const d = await readLocalSourceTree(tree({ 'b.py': 'x = 1\n' }));
    expect(a.contentHash).toBe(b.contentHash);
    expect(new Set([a.contentHash, c.contentHash, d.contentHash]).size).toBe(3);
  });

  it('does not follow a symlink to /etc', async () => {
    const root = tree({ 'ok.py': 'pass\n' });
    symlinkSync('/etc', join(root, 'etc'));
    symlinkSync('/etc/passwd', join(root, 'passwd'));
    const t = await readLocalSourceTree(root);
    expect(t.files.map(f => f.path)).toEqual(['ok.py']);
    expect(reasons(t)).toEqual([
      'symlink-outside-root etc',
      'symlink-outside-root passwd',
    ]);
    await expect(t.readText('passwd')).rejects.toThrow(
      /not a readable text file/,
    );
  });

  it('follows a symlink that stays inside, once', async () => {
    const root = tree({ 'pkg/a.py': 'pass\n' });
    symlinkSync(join(root, 'pkg'), join(root, 'alias'));
    symlinkSync('..', join(root, 'pkg', 'up'));
    const t = await readLocalSourceTree(root);
    expect(t.files.map(f => f.path)).toEqual(['pkg/a.py']);
    expect(reasons(t)).toEqual(['symlink-loop alias', 'symlink-loop pkg/up']);
  });

  it('survives a symlink loop', async () => {
    const root = tree({ 'a.py': 'pass\n' });
    symlinkSync(join(root, 'loop-b'), join(root, 'loop-a'));
    symlinkSync(join(root, 'loop-a'), join(root, 'loop-b'));
    const t = await readLocalSourceTree(root);
    expect(t.files.map(f => f.path)).toEqual(['a.py']);
    expect(reasons(t)).toEqual(['symlink-loop loop-a', 'symlink-loop loop-b']);
  });

  it('skips a 50 MB file without reading it into memory', async () => {
    const root = tree({ 'small.py': 'pass\n', 'huge.sql': '' });
    truncateSync(join(root, 'huge.sql'), 50 * 1024 * 1024);
    const t = await readLocalSourceTree(root);
    expect(t.files.map(f => f.path)).toEqual(['small.py']);
    expect(reasons(t)).toEqual(['too-large huge.sql']);
  });

  it('stops at the file limit with a warning', async () => {
    const root = tree(
      Object.fromEntries(
        Array.from({ length: 12 }, (_, i) => [
          `f${String(i).padStart(2, '0')}.py`,
          'pass\n',
        ]),
      ),
    );
    const t = await readLocalSourceTree(root, { limits: { maxFiles: 10 } });
    expect(t.files).toHaveLength(10);
    expect(reasons(t)).toEqual(['file-limit f10.py']);
  });

  it('stops at the total size limit with a warning', async () => {
    const root = tree({ 'a.py': 'x'.repeat(60), 'b.py': 'y'.repeat(60) });
    const t = await readLocalSourceTree(root, {
      limits: { maxTotalBytes: 100 },
    });
    expect(t.files.map(f => f.path)).toEqual(['a.py']);
    expect(reasons(t)).toEqual(['total-size-limit b.py']);
  });

  it('reads 100k tiny files', async () => {
    const root = mkdtempSync(join(tmpdir(), 'source-tree-many-'));
    for (let d = 0; d < 100; d++) {
      const dir = join(root, `pkg${d}`);
      mkdirSync(dir);
      for (let f = 0; f < 1000; f++)
        writeFileSync(join(dir, `m${f}.py`), 'x=1\n');
    }
    const t = await readLocalSourceTree(root);
    expect(t.files).toHaveLength(100_000);
    expect(t.warnings).toEqual([]);
  }, 120_000);

  it('skips binary and non-UTF-8 files with a warning each', async () => {
    const root = tree({
      'logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
      'latin1.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]),
      'ok.py': 'café = 1\n',
    });
    const t = await readLocalSourceTree(root);
    expect(t.files.map(f => f.path)).toEqual(['ok.py']);
    expect(reasons(t)).toEqual(['not-utf8 latin1.txt', 'binary logo.png']);
  });

  it('skips a name that is not valid UTF-8', async () => {
    const root = tree({ 'ok.py': 'pass\n' });
    writeFileSync(
      Buffer.concat([
        Buffer.from(`${root}/bad-`),
        Buffer.from([0xff, 0xfe]),
        Buffer.from('.py'),
      ]),
      'pass\n',
    );
    const t = await readLocalSourceTree(root);
    expect(t.files.map(f => f.path)).toEqual(['ok.py']);
    expect(t.warnings.map(w => w.reason)).toEqual(['invalid-name']);
  });

  it.each([
    ['../outside.py'],
    ['src/../../outside.py'],
    ['/etc/passwd'],
    ['src/missing.py'],
  ])('refuses to read %s', async path => {
    const root = tree({ 'src/a.py': 'pass\n' });
    writeFileSync(join(root, '..', 'outside.py'), 'secret\n');
    const t = await readLocalSourceTree(root);
    await expect(t.readText(path)).rejects.toThrow(/not a readable text file/);
  });

  it('refuses a file swapped for a symlink out after the walk', async () => {
    const root = tree({ 'a.py': 'pass\n' });
    const t = await readLocalSourceTree(root);
    rmSync(join(root, 'a.py'));
    symlinkSync('/etc/passwd', join(root, 'a.py'));
    await expect(t.readText('a.py')).rejects.toThrow(/no longer lies inside/);
  });

  it('skips the .git folder', async () => {
    const t = await readLocalSourceTree(
      tree({ '.git/config': '[core]\n', 'a.py': 'pass\n' }),
    );
    expect(t.files.map(f => f.path)).toEqual(['a.py']);
  });
});
