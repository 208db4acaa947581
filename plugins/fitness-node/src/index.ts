import { createExtensionPoint } from '@backstage/backend-plugin-api';
import type { FitnessFunction } from '@internal/fitness-engine';

export type {
  CatalogFacts,
  FitnessContext,
  FitnessFunction,
  FitnessOutcome,
} from '@internal/fitness-engine';

/** Adds fitness functions to the ones the fitness backend runs. */
export interface FitnessFunctionsExtensionPoint {
  /** Ids must be unique: one that repeats a built-in's or another module's is refused at start-up. */
  addFunctions(...functions: FitnessFunction[]): void;
}

/**
 * The fitness backend's extension point. A company's backend module
 * depends on it and adds its own functions, which then run in every scan
 * and count in the score like the built-in ones.
 *
 * @public
 */
export const fitnessFunctionsExtensionPoint =
  createExtensionPoint<FitnessFunctionsExtensionPoint>({
    id: 'fitness.functions',
  });
