import type { FitnessResultView } from '@internal/plugin-fitness-common';

const SEVERITY = { fail: 0, error: 1, warn: 2 } as Record<string, number>;

/** What to fix first: unwaived failures, errors and warnings, heaviest first. */
export function topFailures(
  results: FitnessResultView[],
  count = 3,
): FitnessResultView[] {
  return results
    .filter(r => r.status in SEVERITY && !r.waiver)
    .sort(
      (a, b) =>
        SEVERITY[a.status] - SEVERITY[b.status] ||
        b.weight - a.weight ||
        a.functionId.localeCompare(b.functionId),
    )
    .slice(0, count);
}
