import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readLocalSourceTree } from '@internal/source-tree';
import {
  HostileBackend,
  startHostileBackend,
} from '../__testUtils__/hostileBackend';

// Every reader of a service's files (fitness, ADRs, docs, runbooks) goes
// through the source-tree reader; here it reads hostile trees while the
// portal runs beside it.
describe('hostile source trees, through the source-tree reader', () => {
  let portal: HostileBackend;
  beforeAll(async () => {
    portal = await startHostileBackend();
  }, 120_000);

  const read = async (
    build: (root: string) => void,
    limits?: { maxFiles?: number },
  ) => {
    const root = portal.repository({ 'README.md': '# Service\n' });
    build(root);
    const outcome = await portal.attack(() =>
      readLocalSourceTree(root, { limits }),
    );
    expect(outcome.status).toBe('fulfilled');
    const tree = (outcome as PromiseFulfilledResult<any>).value;
    expect(tree.files.map((f: { path: string }) => f.path)).toContain(
      'README.md',
    );
    return tree.warnings.map((w: { message: string }) => w.message);
  };

  it.each<[string, (root: string) => void, RegExp]>([
    [
      'a link to a host file',
      root => symlinkSync('/etc/passwd', join(root, 'passwd.py')),
      /^passwd\.py links outside the tree; not followed$/,
    ],
    [
      'a link to a folder above the root',
      root => symlinkSync('..', join(root, 'up')),
      /^up links outside the tree; not followed$/,
    ],
    [
      'a link loop',
      root => {
        symlinkSync(join(root, 'b'), join(root, 'a'));
        symlinkSync(join(root, 'a'), join(root, 'b'));
      },
      /^a is a symlink loop; skipped$/m,
    ],
    [
      'a binary file named like source',
      root => writeFileSync(join(root, 'model.py'), Buffer.from([0, 1, 2, 3])),
      /^model\.py is binary; skipped$/,
    ],
    [
      'text that is not UTF-8',
      root =>
        writeFileSync(join(root, 'latin1.py'), Buffer.from([0x63, 0xe9, 0x0a])),
      /^latin1\.py is not valid UTF-8; skipped$/,
    ],
    [
      'a file of 2 MB',
      root => writeFileSync(join(root, 'big.py'), 'x = 1\n'.repeat(350_000)),
      /^big\.py is 2100000 bytes, over the 1000000-byte limit per file; skipped$/,
    ],
    [
      'a file name that is not UTF-8',
      root =>
        writeFileSync(
          Buffer.concat([
            Buffer.from(`${root}/bad`),
            Buffer.from([0xff, 0xfe]),
            Buffer.from('.py'),
          ]),
          'x = 1\n',
        ),
      /^a name in \. is not valid UTF-8; skipped$/,
    ],
  ])('reports %s, and reads the rest', async (_, build, message) => {
    expect((await read(build)).join('\n')).toMatch(message);
  });

  it('stops at the file limit with a warning', async () => {
    const warnings = await read(
      root => {
        mkdirSync(join(root, 'many'));
        for (let i = 0; i < 30; i++) {
          writeFileSync(join(root, 'many', `f${i}.py`), 'x = 1\n');
        }
      },
      { maxFiles: 20 },
    );
    expect(warnings.join('\n')).toMatch(
      /^the tree has more than 20 files; the rest were not read$/,
    );
  });
});
