import { FitnessFunction } from '../functions/FitnessFunction';
import { memorySourceTree } from '../testUtils/memorySourceTree';
import { scanTree } from './scanTree';

const fn = (
  id: string,
  evaluate: FitnessFunction['evaluate'],
): FitnessFunction => ({
  id,
  title: id,
  category: 'architecture',
  level: 'bronze',
  weight: 1,
  docsPath: `docs/fitness/${id}.md`,
  appliesTo: () => true,
  evaluate,
});

const tree = memorySourceTree({
  'src/shop/__init__.py': '',
  'src/shop/domain.py': 'import os\n',
});

describe('scanTree', () => {
  it('turns a function that throws into an error result and runs the rest', async () => {
    const scan = await scanTree(tree, {
      functions: [
        fn('broken', async () => {
          throw new Error('boom');
        }),
        fn('fine', async ({ rootPackage }) => ({
          status: 'pass',
          summary: `root ${rootPackage}`,
          evidence: [],
        })),
      ],
    });
    expect(scan.results.map(r => [r.functionId, r.status, r.summary])).toEqual([
      ['broken', 'error', 'broken failed: boom'],
      ['fine', 'pass', 'root shop'],
    ]);
    expect(scan.rootPackage).toBe('shop');
  });

  it('stops at the time limit: what is left becomes errors, and a warning names the limit', async () => {
    const slow = fn(
      'slow',
      () =>
        new Promise(resolve =>
          setTimeout(
            () => resolve({ status: 'pass', summary: 'done', evidence: [] }),
            50,
          ),
        ),
    );
    const scan = await scanTree(tree, {
      functions: [
        slow,
        fn('later', async () => ({
          status: 'pass',
          summary: '',
          evidence: [],
        })),
      ],
      timeoutMs: 10,
    });
    expect(scan.results[1]).toMatchObject({
      functionId: 'later',
      status: 'error',
      summary: 'Not run: the scan passed its 0.01 s limit.',
    });
    expect(scan.warnings).toContain(
      'limit reached: the scan took longer than 0.01 s',
    );
  });

  it('names a source-tree limit that was hit', async () => {
    const limited = {
      ...tree,
      warnings: [
        {
          path: 'big.py',
          reason: 'too-large' as const,
          message:
            'big.py is 2000000 bytes, over the 1000000-byte limit per file; skipped',
        },
      ],
    };
    const scan = await scanTree(limited, { functions: [] });
    expect(scan.warnings).toEqual([
      'limit reached: big.py is 2000000 bytes, over the 1000000-byte limit per file; skipped',
    ]);
  });
});
