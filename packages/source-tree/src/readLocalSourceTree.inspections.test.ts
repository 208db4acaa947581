import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readLocalSourceTree } from './readLocalSourceTree';
import { FileInspection, InspectionCache } from './SourceTree';

function memoryCache() {
  const entries = new Map<string, FileInspection>();
  const reads: string[] = [];
  const cache: InspectionCache = {
    get: (path, size, mtime) => entries.get(`${path}|${size}|${mtime}`),
    set: (path, size, mtime, inspection) => {
      reads.push(path);
      entries.set(`${path}|${size}|${mtime}`, inspection);
    },
  };
  return { cache, reads };
}

describe('readLocalSourceTree with an inspection cache', () => {
  it('reads only the files whose size or modification time changed, with the same content hash', async () => {
    const root = mkdtempSync(join(tmpdir(), 'inspections-'));
    writeFileSync(join(root, 'a.py'), 'import os\n');
    writeFileSync(join(root, 'b.py'), 'import sys\n');
    writeFileSync(join(root, 'blob.bin'), Buffer.from([0, 1, 2]));
    const { cache, reads } = memoryCache();

    const first = await readLocalSourceTree(root, { inspections: cache });
    expect(reads.sort()).toEqual(['a.py', 'b.py', 'blob.bin']);

    reads.length = 0;
    const again = await readLocalSourceTree(root, { inspections: cache });
    expect(reads).toEqual([]);
    expect(again.contentHash).toBe(first.contentHash);
    expect(again.warnings.map(w => w.reason)).toEqual(['binary']);

    writeFileSync(join(root, 'b.py'), 'import sys, json\n');
    const changed = await readLocalSourceTree(root, { inspections: cache });
    expect(reads).toEqual(['b.py']);
    expect(changed.contentHash).not.toBe(first.contentHash);
    expect(changed.contentHash).toBe(
      (await readLocalSourceTree(root)).contentHash,
    );
  });
});
