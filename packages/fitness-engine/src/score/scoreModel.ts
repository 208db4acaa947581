import {
  FITNESS_LEVELS,
  FitnessCategory,
  FitnessLevel,
  FitnessResult,
  FitnessStatus,
  Waiver,
} from '@internal/plugin-fitness-common';

const STATUS_SCORE: Partial<Record<FitnessStatus, number>> = {
  pass: 1,
  warn: 0.5,
  fail: 0,
};

/** A result as it counts after waivers. */
export interface ScoredResult extends FitnessResult {
  /** The approved, unexpired waiver that makes this result count as a pass. */
  waiver?: Waiver;
  /** A proposed or expired waiver, shown but not counted. */
  inactiveWaiver?: Waiver & { why: 'proposed' | 'expired' };
}

export interface FitnessScore {
  /** 0..100, or undefined when no function counts. */
  overall?: number;
  categories: Partial<Record<FitnessCategory, number>>;
  /** The highest level reached; undefined below bronze. */
  level?: FitnessLevel;
  results: ScoredResult[];
}

/** A result as a function found it: a scored one without the waivers it was scored with. */
export function withoutWaivers(result: FitnessResult): FitnessResult {
  const { waiver: _w, inactiveWaiver: _i, ...found } = result as ScoredResult;
  return found;
}

function applyWaivers(
  results: FitnessResult[],
  waivers: Waiver[],
  now: Date,
): ScoredResult[] {
  return results.map(input => {
    const result = withoutWaivers(input);
    const mine = waivers.filter(w => w.functionId === result.functionId);
    const active = mine.find(
      w => w.state === 'approved' && new Date(w.expiresAt) > now,
    );
    if (active) {
      return { ...result, waiver: active };
    }
    const inactive = mine[0];
    return inactive
      ? {
          ...result,
          inactiveWaiver: {
            ...inactive,
            why: inactive.state === 'proposed' ? 'proposed' : 'expired',
          },
        }
      : result;
  });
}

/** 1 for a pass or a waived result, 0.5 for a warning, 0 for a failure. */
function countedScore(result: ScoredResult): number | undefined {
  if (result.status === 'not-applicable' || result.status === 'error') {
    return undefined;
  }
  return result.waiver ? 1 : STATUS_SCORE[result.status];
}

/** 100 × Σ(weight × score) / Σ(weight) over the results that count. */
function weighted(results: ScoredResult[]): number | undefined {
  let sum = 0;
  let weights = 0;
  for (const result of results) {
    const score = countedScore(result);
    if (score !== undefined) {
      sum += result.weight * score;
      weights += result.weight;
    }
  }
  return weights > 0 ? (100 * sum) / weights : undefined;
}

/**
 * The highest level such that every applicable function at that level and
 * below passes or is waived (OpsLevel's rule). An error does not pass.
 */
function levelOf(results: ScoredResult[]): FitnessLevel | undefined {
  let reached: FitnessLevel | undefined;
  for (const level of FITNESS_LEVELS) {
    const atLevel = results.filter(
      r => r.level === level && r.status !== 'not-applicable',
    );
    if (atLevel.some(r => r.status !== 'pass' && !r.waiver)) {
      break;
    }
    reached = level;
  }
  return reached;
}

/**
 * Scores an entity's results after its waivers, as DESIGN.md defines. The
 * results may be scored ones: their old waivers are replaced.
 */
export function scoreResults(
  results: FitnessResult[],
  waivers: Waiver[],
  now: Date,
): FitnessScore {
  const scored = applyWaivers(results, waivers, now);
  const categories: FitnessScore['categories'] = {};
  for (const category of new Set(scored.map(r => r.category))) {
    const score = weighted(scored.filter(r => r.category === category));
    if (score !== undefined) {
      categories[category] = score;
    }
  }
  return {
    overall: weighted(scored),
    categories,
    level: levelOf(scored),
    results: scored,
  };
}
