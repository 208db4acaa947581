import type { FitnessResult } from '@internal/plugin-fitness-common';
import type {
  FitnessContext,
  FitnessFunction,
  FitnessOutcome,
} from './FitnessFunction';

/** A function's outcome as a result. */
export function resultOf(
  fn: FitnessFunction,
  outcome: FitnessOutcome,
): FitnessResult {
  return {
    functionId: fn.id,
    category: fn.category,
    level: fn.level,
    weight: fn.weight,
    status: outcome.status,
    summary: outcome.summary,
    evidence: outcome.evidence,
    docsPath: fn.docsPath,
  };
}

/**
 * Runs one function: not-applicable when it does not apply, and an error
 * result, never a throw, when it fails.
 */
export async function evaluateFunction(
  fn: FitnessFunction,
  context: FitnessContext,
): Promise<FitnessResult> {
  try {
    if (!fn.appliesTo(context)) {
      return resultOf(fn, {
        status: 'not-applicable',
        summary: 'Does not apply to this service.',
        evidence: [],
      });
    }
    return resultOf(fn, await fn.evaluate(context));
  } catch (error) {
    return resultOf(fn, {
      status: 'error',
      summary: `${fn.id} failed: ${(error as Error).message}`,
      evidence: [],
    });
  }
}
