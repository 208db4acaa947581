import { FitnessFunction, ScoredResult } from '@internal/fitness-engine';
import type {
  EntityFitness,
  FitnessResultView,
  StoredWaiver,
} from '@internal/plugin-fitness-common';
import type { LatestScan } from '../database/FitnessStore';
import type { FitnessStores } from '../database/openFitnessStores';

function view(
  result: ScoredResult,
  titles: Map<string, string>,
): FitnessResultView {
  return {
    ...result,
    title: titles.get(result.functionId) ?? result.functionId,
    waiver: result.waiver as StoredWaiver | undefined,
    inactiveWaiver:
      result.inactiveWaiver as FitnessResultView['inactiveWaiver'],
  };
}

/**
 * Whether the stored score no longer follows the entity's waivers: a waiver
 * it counted has expired, or a waiver of one of its functions is not shown
 * on that function's result.
 */
function outOfDate(
  latest: LatestScan,
  waivers: StoredWaiver[],
  now: Date,
): boolean {
  const byFunction = new Map(latest.results.map(r => [r.functionId, r]));
  return (
    latest.results.some(r => r.waiver && new Date(r.waiver.expiresAt) <= now) ||
    waivers.some(w => {
      const result = byFunction.get(w.functionId);
      return result && !result.waiver && !result.inactiveWaiver;
    })
  );
}

/**
 * An entity's latest results with the score stored with them. A score that
 * no longer follows the waivers is stored again first, by the one rescore.
 */
export async function entityFitness(
  entityRef: string,
  stores: FitnessStores,
  functions: readonly FitnessFunction[],
  rescore: (entityRef: string) => Promise<void>,
): Promise<EntityFitness | undefined> {
  let latest = await stores.scans.latest(entityRef);
  if (!latest) return undefined;
  const waivers = await stores.waivers.waivers(entityRef);
  if (outOfDate(latest, waivers, new Date())) {
    await rescore(entityRef);
    latest = (await stores.scans.latest(entityRef)) ?? latest;
  }
  const titles = new Map(functions.map(fn => [fn.id, fn.title]));
  return {
    entityRef,
    title: latest.title,
    ownerRef: latest.ownerRef,
    systemRef: latest.systemRef,
    domainRef: latest.domainRef,
    scannedAt: latest.scannedAt.toISOString(),
    checkedAt: latest.checkedAt.toISOString(),
    contentHash: latest.contentHash,
    score: latest.score,
    previousScore: latest.previousScore,
    level: latest.level,
    categories: latest.categories,
    results: latest.results.map(r => view(r, titles)),
    warnings: latest.warnings,
    waivers,
    rescanQueued: await stores.queue.isQueued(entityRef),
  };
}
