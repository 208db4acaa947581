import { buildImportGraph } from '../graph/buildImportGraph';
import { memorySourceTree } from '../testUtils/memorySourceTree';
import { extractImports } from './extractImports';
import { ExtractorPool } from './ExtractorPool';

// Jest loads TypeScript through its own transform, which worker threads do
// not share; they get the same swc transform the backend runs with.
const typescriptHook = require.resolve(
  '@backstage/cli/config/nodeTransform.cjs',
);

const sources = Array.from(
  { length: 40 },
  (_, i) =>
    `import m${i}\nfrom .pkg import (a, b as c)\nif TYPE_CHECKING:\n    import t${i}\n`,
);

describe('ExtractorPool', () => {
  it('extracts on worker threads what extractImports extracts here', async () => {
    const pool = ExtractorPool.create({ size: 2, preload: [typescriptHook] });
    try {
      const batches = await Promise.all([
        pool.extract(sources.slice(0, 20)),
        pool.extract(sources.slice(20)),
      ]);
      expect(batches.flat()).toEqual(sources.map(s => extractImports(s)));
      expect(pool.batchesOnWorkers).toBe(2);
      expect(pool.error).toBeUndefined();
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('extracts in this thread when no worker can load the extractor', async () => {
    const pool = ExtractorPool.create({
      size: 2,
      preload: ['/nonexistent/require-hook.js'],
    });
    try {
      const batch = await pool.extract(sources);
      expect(batch).toEqual(sources.map(s => extractImports(s)));
      expect(pool.batchesOnWorkers).toBe(0);
      expect(pool.error).toContain('/nonexistent/require-hook.js');
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('lets buildImportGraph spread a large tree over workers with the same result', async () => {
    const files: Record<string, string> = { 'app/__init__.py': '' };
    for (let i = 0; i < 300; i++) {
      files[`app/m${i}.py`] = `from . import m${(i + 1) % 300}\nimport app.m${
        (i + 7) % 300
      }\nimport os\n`;
    }
    const fast = memorySourceTree(files);
    // Files that take a while to read, as on disk: workers start meanwhile.
    const tree = {
      ...fast,
      readText: async (path: string) => {
        await new Promise(resolve => setTimeout(resolve, 200));
        return fast.readText(path);
      },
    };
    const here = await buildImportGraph(fast, { concurrency: 1 });
    const spread = await buildImportGraph(tree, {
      concurrency: 3,
      workerThreshold: 10,
      workerPreload: [typescriptHook],
    });
    expect(here.stats.workers).toBe(0);
    expect(spread.stats.workerError).toBeUndefined();
    expect(spread.stats.workers).toBe(2);
    expect(spread.stats.workerBatches).toBeGreaterThan(0);
    expect([...spread.graph.edges()]).toHaveLength(900);
    const list = (r: typeof here) =>
      [...r.graph.edges()]
        .map(e => `${e.importer} ${e.imported} ${e.sites.map(s => s.line)}`)
        .sort();
    expect(list(spread)).toEqual(list(here));
  }, 60_000);
});
