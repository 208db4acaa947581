import { readLocalSourceTree } from '@internal/source-tree';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanTree } from './scanTree';

/*
 * Hostile shapes from issue 5: a tree of 100k files, and packages nested 10
 * deep. Each scan must finish within the default limits (no time-limit
 * warning, no function left unrun) with every function giving a result.
 */
describe('scanTree on hostile trees', () => {
  const roots: string[] = [];
  const tree = (build: (root: string) => void) => {
    const root = mkdtempSync(join(tmpdir(), 'fitness-hostile-'));
    roots.push(root);
    build(root);
    return readLocalSourceTree(root);
  };
  afterAll(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });

  it('scans 100,000 files within the limits', async () => {
    const wide = await tree(root => {
      mkdirSync(join(root, 'src/shop/domain'), { recursive: true });
      writeFileSync(join(root, 'src/shop/__init__.py'), '');
      writeFileSync(join(root, 'src/shop/domain/__init__.py'), '');
      for (let folder = 0; folder < 100; folder++) {
        const dir = join(root, 'src/shop/domain', `m${folder}`);
        mkdirSync(dir);
        writeFileSync(join(dir, '__init__.py'), '');
        for (let i = 0; i < 999; i++) {
          writeFileSync(
            join(dir, `f${i}.py`),
            i % 2 ? `from . import f${i - 1}\n` : 'import os\n',
          );
        }
      }
    });
    expect(wide.files.length).toBe(100_002);
    const scan = await scanTree(wide, { functions: {} });
    expect(scan.warnings.filter(w => w.startsWith('limit reached'))).toEqual(
      [],
    );
    expect(scan.results.filter(r => r.summary.startsWith('Not run'))).toEqual(
      [],
    );
    expect(
      scan.results.find(r => r.functionId === 'import-cycles')?.status,
    ).toBe('pass');
  }, 300_000);

  it('scans packages nested 10 deep, and finds a cycle between the deepest', async () => {
    const deep = await tree(root => {
      let dir = join(root, 'src/shop');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, '__init__.py'), '');
      for (let depth = 1; depth <= 10; depth++) {
        dir = join(dir, `level${depth}`);
        mkdirSync(dir);
        writeFileSync(join(dir, '__init__.py'), '');
      }
      writeFileSync(join(dir, 'a.py'), 'from . import b\n');
      writeFileSync(join(dir, 'b.py'), 'from . import a\n');
    });
    const scan = await scanTree(deep, { functions: {} });
    const cycles = scan.results.find(r => r.functionId === 'import-cycles');
    expect(cycles?.status).toBe('fail');
    expect(cycles?.evidence[0].message).toMatch(
      /^cycle of 2 modules: shop(\.level\d+){10}\.(a|b) -> /,
    );
  });
});
