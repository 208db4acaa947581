import { FitnessContext } from '../functions/FitnessFunction';
import { buildImportGraph } from '../graph/buildImportGraph';
import { memorySourceTree } from './memorySourceTree';

/** A function's context over files in memory, with their real import graph. */
export async function functionContext(
  files: Record<string, string>,
  overrides: Partial<FitnessContext> = {},
): Promise<FitnessContext> {
  const tree = memorySourceTree(files);
  const { graph } = await buildImportGraph(tree, { concurrency: 1 });
  return {
    tree,
    graph,
    rootPackage: 'shop',
    style: 'clean',
    now: new Date('2026-11-22T00:00:00Z'),
    ...overrides,
  };
}
