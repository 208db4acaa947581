import {
  mkdtempSync,
  readdirSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractImports } from './extractImports';
import { FileImportCache } from './FileImportCache';
import { importCacheKey, treeImportsKey } from './ImportCache';

describe('FileImportCache', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'import-cache-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const source = 'import a\nfrom . import b\n';
  const value = extractImports(source);

  it('keeps entries across instances, by content', async () => {
    const key = importCacheKey(source);
    await (await FileImportCache.create(dir)).set(key, value);
    const reopened = await FileImportCache.create(dir);
    await expect(reopened.get(key)).resolves.toEqual(value);
    await expect(
      reopened.get(importCacheKey(`${source}\n`)),
    ).resolves.toBeUndefined();
  });

  it('treats corrupt entries and malformed keys as misses, and refuses to write the latter', async () => {
    const cache = await FileImportCache.create(dir);
    const key = importCacheKey(source);
    await cache.set(key, value);
    writeFileSync(join(dir, key.slice(0, 2), `${key}.json`), '{"imports": [');
    await expect(cache.get(key)).resolves.toBeUndefined();
    await expect(cache.get('../../etc/passwd')).resolves.toBeUndefined();
    await expect(cache.set('../x', value)).rejects.toThrow('40 hex digits');
  });

  it('keeps the newest whole trees only', async () => {
    const cache = await FileImportCache.create(dir, { maxTrees: 2 });
    const keys = ['a', 'b', 'c'].map(treeImportsKey);
    await cache.setTree(keys[0], { 'x.py': value });
    await cache.setTree(keys[1], { 'y.py': value });
    const now = Date.now() / 1000;
    utimesSync(join(dir, 'trees', `${keys[0]}.json`), now - 100, now - 100);
    utimesSync(join(dir, 'trees', `${keys[1]}.json`), now - 50, now - 50);
    await cache.setTree(keys[2], { 'z.py': value });
    expect(readdirSync(join(dir, 'trees')).sort()).toEqual(
      [`${keys[1]}.json`, `${keys[2]}.json`].sort(),
    );
    await expect(cache.getTree(keys[2])).resolves.toEqual({ 'z.py': value });
    await expect(cache.getTree(keys[0])).resolves.toBeUndefined();
  });
});
