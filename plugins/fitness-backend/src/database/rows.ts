import type { FitnessScore } from '@internal/fitness-engine';
import {
  levelRank,
  type FitnessLevel,
  type StoredWaiver,
} from '@internal/plugin-fitness-common';
import { EntityInfo } from './FitnessStore';

/** How the fitness tables' rows read and are written. */
export type When = Date | string | number;
export const toDate = (value: When) =>
  value instanceof Date ? value : new Date(value);
export const orUndefined = <T>(value: T | null | undefined) =>
  value === null ? undefined : value;
export const levelOf = (value: string) =>
  value === 'none' ? undefined : (value as FitnessLevel);

export type LatestRow = {
  entity_ref: string;
  title: string;
  owner_ref: string | null;
  system_ref: string | null;
  domain_ref: string | null;
  scan_key: string;
  content_hash: string;
  scanned_at: When;
  checked_at: When;
  score: number | null;
  previous_score: number | null;
  level: string;
  failing: number;
  categories: string;
  results: string;
  warnings: string;
  template_drift: string | null;
  dropped_from: string | null;
};

export type WaiverRow = {
  id: string;
  entity_ref: string;
  function_id: string;
  reason: string;
  adr_ref: string;
  expires_at: When;
  state: string;
  source: string;
  created_by: string;
  created_at: When;
  revoked_at: When | null;
};

export function toWaiver(row: WaiverRow): StoredWaiver {
  return {
    id: row.id,
    entityRef: row.entity_ref,
    functionId: row.function_id,
    reason: row.reason,
    adrRef: row.adr_ref,
    expiresAt: toDate(row.expires_at).toISOString(),
    state: row.state as StoredWaiver['state'],
    source: row.source as StoredWaiver['source'],
    createdBy: row.created_by,
    createdAt: toDate(row.created_at).toISOString(),
  };
}

export function entityColumns(entity: EntityInfo) {
  return {
    title: entity.title,
    owner_ref: entity.ownerRef ?? null,
    system_ref: entity.systemRef ?? null,
    domain_ref: entity.domainRef ?? null,
  };
}

export function scoreColumns(score: FitnessScore) {
  return {
    score: score.overall ?? null,
    sort_score: score.overall ?? -1,
    level: score.level ?? 'none',
    level_rank: levelRank(score.level),
    failing: score.results.filter(
      r => (r.status === 'fail' || r.status === 'error') && !r.waiver,
    ).length,
    categories: JSON.stringify(score.categories),
    // The latest results as they count: each with the waiver that applied.
    results: JSON.stringify(score.results),
  };
}

/**
 * The dropped_from column after a new level: the level held before a drop,
 * kept through further drops, and cleared once the entity is back at it.
 */
export function droppedFromColumn(
  before: Pick<LatestRow, 'level' | 'dropped_from'> | undefined,
  after: FitnessLevel | undefined,
) {
  const from =
    before && (levelOf(before.dropped_from ?? 'none') ?? levelOf(before.level));
  return {
    dropped_from: from && levelRank(after) < levelRank(from) ? from : null,
  };
}
