import { ImportGraph } from '../graph/ImportGraph';
import { FitnessFunction } from './FitnessFunction';

/**
 * The strongly connected components of the internal import graph with more
 * than one module (Tarjan's algorithm, iterative so that deep graphs cannot
 * overflow the stack).
 */
export function importCycles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  const internalImports = (m: string) =>
    [...graph.importsOf(m)].filter(t => graph.isInternal(t));

  const work: { module: string; next: string[] }[] = [];
  const visit = (module: string) => {
    index.set(module, counter);
    low.set(module, counter);
    counter++;
    stack.push(module);
    onStack.add(module);
    work.push({ module, next: internalImports(module) });
  };

  for (const start of graph.modules) {
    if (index.has(start)) continue;
    visit(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const target = frame.next.pop();
      if (target !== undefined) {
        if (!index.has(target)) {
          visit(target);
        } else if (onStack.has(target)) {
          low.set(
            frame.module,
            Math.min(low.get(frame.module)!, index.get(target)!),
          );
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) {
        low.set(
          parent.module,
          Math.min(low.get(parent.module)!, low.get(frame.module)!),
        );
      }
      if (low.get(frame.module) === index.get(frame.module)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.module);
        if (component.length > 1) components.push(component.sort());
      }
    }
  }
  return components;
}

/** One shortest cycle through the first module of a component (breadth-first). */
export function oneCycle(graph: ImportGraph, component: string[]): string[] {
  const members = new Set(component);
  const start = component[0];
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const module = queue.shift()!;
    for (const target of graph.importsOf(module)) {
      if (!members.has(target)) continue;
      if (target === start) {
        const cycle = [module];
        for (let m = module; m !== start; ) {
          m = previous.get(m)!;
          cycle.unshift(m);
        }
        return [...cycle, start];
      }
      if (!previous.has(target)) {
        previous.set(target, module);
        queue.push(target);
      }
    }
  }
  return component;
}

export const importCyclesFunction: FitnessFunction = {
  id: 'import-cycles',
  title: 'No import cycles',
  category: 'architecture',
  level: 'silver',
  weight: 2,
  docsPath: 'docs/fitness/import-cycles.md',
  appliesTo: context => context.graph.modules.size > 0,
  async evaluate({ graph }) {
    const components = importCycles(graph);
    if (components.length === 0) {
      return { status: 'pass', summary: 'No import cycles.', evidence: [] };
    }
    const evidence = components.map(component => {
      const cycle = oneCycle(graph, component);
      const [first, second] = cycle;
      const site = graph.sitesOf(first, second)[0];
      return {
        path: site?.path ?? first,
        line: site?.line,
        message: `cycle of ${component.length} modules: ${cycle.join(' -> ')}`,
      };
    });
    return {
      status: 'fail',
      summary: `${components.length} import cycle${
        components.length > 1 ? 's' : ''
      }.`,
      evidence,
    };
  },
};
