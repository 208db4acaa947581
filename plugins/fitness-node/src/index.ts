import { createExtensionPoint } from '@backstage/backend-plugin-api';

export type {
  CatalogFacts,
  FitnessContext,
  FitnessFunction,
  FitnessOutcome,
} from '@internal/fitness-engine';

/** Adds fitness functions to the ones the fitness backend runs. */
export interface FitnessFunctionsExtensionPoint {
  /**
   * Adds the functions of a module, by its absolute path (e.g.
   * `require.resolve('./companyFunctions')`): the module exports
   * `fitnessFunctions`, an array of {@link FitnessFunction}. Scans run in
   * worker threads that load the module there, so that a function that
   * loops or takes too long is stopped at the scan's time limit without
   * holding up the backend. Ids must be unique: one that repeats a
   * built-in's or another module's is refused at start-up.
   */
  addFunctionModule(modulePath: string): void;
}

/**
 * The fitness backend's extension point. A company's backend module
 * depends on it and adds the module that holds its own functions, which
 * then run in every scan and count in the score like the built-in ones.
 *
 * @public
 */
export const fitnessFunctionsExtensionPoint =
  createExtensionPoint<FitnessFunctionsExtensionPoint>({
    id: 'fitness.functions',
  });
