import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readLocalSourceTree } from '@internal/source-tree';
import { readAdrFolder } from './readAdrFolder';

/** A service's whole tree, as the fitness scan reads it. */
async function serviceTree(files: Record<string, string | Buffer>) {
  const dir = mkdtempSync(join(tmpdir(), 'adr-folder-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return readLocalSourceTree(dir);
}

describe('readAdrFolder', () => {
  it('reads the records of one folder of a tree, with every file it could not read and why', async () => {
    const tree = await serviceTree({
      'docs/adr/0001-use-grpc.md': '---\nstatus: accepted\n---\n# Use gRPC\n',
      'docs/adr/0002-notes.md': 'Just notes.\n',
      'docs/adr/0009-diagram.md': Buffer.from([0, 1, 2, 3]),
      'docs/adr/index.md': '# Decisions\n',
      'docs/adr/adr-template.md':
        '# {title}\n\n## Context and Problem Statement\n\n## Decision Outcome\n',
      'docs/adr/old/0003-nested.md': '---\nstatus: accepted\n---\n# Nested\n',
      'docs/index.md': '# Service\n',
      'src/blob.md': Buffer.from([0, 1]),
    });
    const { adrs, failures } = await readAdrFolder(tree, 'docs/adr/');
    expect(adrs.map(a => [a.file, a.status])).toEqual([
      ['0001-use-grpc.md', 'accepted'],
    ]);
    expect(failures).toEqual([
      {
        file: '0002-notes.md',
        warning: expect.stringMatching(
          /^0002-notes.md is not a readable ADR: it is neither MADR/,
        ),
      },
      { file: '0009-diagram.md', warning: expect.stringMatching(/binary/) },
    ]);
  });
});
