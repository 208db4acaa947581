import {
  SloBoardFilter,
  SloBoardPage,
  SloEvaluation,
  SloHistoryPoint,
} from '@internal/plugin-slo-common';
import type { PageRequest } from '@internal/portal-common';

export interface StoredEvaluation {
  title: string;
  componentRef: string;
  ownerRef?: string;
  systemRef?: string;
  evaluation: SloEvaluation;
}

/** The board's filter and page, as `GET /api/slo/board` takes them. */
export type BoardQuery = SloBoardFilter & PageRequest;

/** Where SLO evaluations are kept. */
export interface SloStore {
  /**
   * Stores an evaluation as the SLO's latest and as a snapshot, and returns
   * it; an unreachable source keeps the time it was first seen unreachable.
   */
  save(entry: StoredEvaluation): Promise<SloEvaluation>;
  latest(sloRefs: string[]): Promise<Map<string, SloEvaluation>>;
  board(query: BoardQuery): Promise<SloBoardPage>;
  history(sloRef: string, since: Date): Promise<SloHistoryPoint[]>;
  /** Forgets SLOs that left the catalog, and snapshots older than a date. */
  prune(options: { keep: string[]; before: Date }): Promise<void>;
}
