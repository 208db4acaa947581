import type { FitnessLevel } from './vocabulary';

/** The label that holds an entity's fitness level (`gold`, `silver`, `bronze` or `none`). */
export const FITNESS_LEVEL_LABEL = 'golden-path/fitness-level';
/** The annotation that holds an entity's score, zero-padded so that it sorts as text. */
export const FITNESS_SCORE_ANNOTATION = 'golden-path/fitness-score';

/** `87.5` → `"087.5"`, so that `"087.5" < "100.0"`. */
export function scoreAnnotationValue(score: number): string {
  return score.toFixed(1).padStart(5, '0');
}

/** The label value of a level; `none` below bronze. */
export function levelLabelValue(level: FitnessLevel | undefined): string {
  return level ?? 'none';
}
