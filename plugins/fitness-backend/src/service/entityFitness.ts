import {
  FitnessFunction,
  ScoredResult,
  scoreResults,
} from '@internal/fitness-engine';
import type {
  EntityFitness,
  FitnessResultView,
  StoredWaiver,
} from '@internal/plugin-fitness-common';
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

/** An entity's latest results, scored with its waivers as they stand now. */
export async function entityFitness(
  entityRef: string,
  stores: FitnessStores,
  functions: readonly FitnessFunction[],
): Promise<EntityFitness | undefined> {
  const latest = await stores.scans.latest(entityRef);
  if (!latest) return undefined;
  const waivers = await stores.waivers.waivers(entityRef);
  const score = scoreResults(latest.results, waivers, new Date());
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
    score: score.overall,
    previousScore: latest.previousScore,
    level: score.level,
    categories: score.categories,
    results: score.results.map(r => view(r, titles)),
    warnings: latest.warnings,
    waivers,
    rescanQueued: await stores.queue.isQueued(entityRef),
  };
}
