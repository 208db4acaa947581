import {
  defaultFitnessFunctions,
  DefaultFunctionsOptions,
} from '../functions/defaultFunctions';
import type { FitnessFunction } from '../functions/FitnessFunction';

/**
 * Which functions a scan runs, as data that can cross to a worker thread:
 * the built-in ones with their options, then those of each module (by
 * absolute path; it exports `fitnessFunctions: FitnessFunction[]`), and
 * optionally only some of them by id.
 */
export interface FunctionSet {
  /** Leave out the built-in functions; default false. */
  noDefaults?: boolean;
  defaults?: DefaultFunctionsOptions;
  modules?: string[];
  only?: string[];
}

function moduleFunctions(path: string): FitnessFunction[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loaded = require(path) as { fitnessFunctions?: unknown };
  const functions = loaded.fitnessFunctions;
  if (
    !Array.isArray(functions) ||
    functions.some(fn => typeof fn?.evaluate !== 'function')
  ) {
    throw new Error(
      `${path} does not export fitnessFunctions, an array of fitness functions`,
    );
  }
  return functions;
}

/**
 * The functions of a set, in order. Throws when two share an id or `only`
 * names one that is not there. The scan's worker and the thread that asks
 * for the scan load the same set, one to run it, the other for its titles.
 */
export function loadFunctionSet(set: FunctionSet): FitnessFunction[] {
  const all = [
    ...(set.noDefaults ? [] : defaultFitnessFunctions(set.defaults)),
    ...(set.modules ?? []).flatMap(moduleFunctions),
  ];
  const ids = new Set<string>();
  for (const fn of all) {
    if (ids.has(fn.id)) {
      throw new Error(
        `Two fitness functions have the id ${fn.id}; a module's functions need ids of their own.`,
      );
    }
    ids.add(fn.id);
  }
  if (!set.only) return all;
  const unknown = set.only.filter(id => !ids.has(id));
  if (unknown.length > 0) {
    throw new Error(
      `no function ${unknown.join(', ')} (the functions: ${all
        .map(fn => fn.id)
        .join(', ')})`,
    );
  }
  return all.filter(fn => set.only!.includes(fn.id));
}
