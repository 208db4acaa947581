import type { FitnessScore, ScoredResult } from '@internal/fitness-engine';
import type { FitnessResult } from '@internal/plugin-fitness-common';
import type {
  FitnessHistoryPoint,
  FitnessLevel,
  FitnessListPage,
  FitnessListQuery,
  FitnessProgress,
  FitnessRollup,
  StoredWaiver,
  TemplateDrift,
} from '@internal/plugin-fitness-common';

/** Who an entity is, as the list and the roll-ups need it. */
export interface EntityInfo {
  entityRef: string;
  title: string;
  ownerRef?: string;
  systemRef?: string;
  domainRef?: string;
}

/** The latest scan of an entity, as stored. */
export interface LatestScan extends EntityInfo {
  scanKey: string;
  contentHash: string;
  scannedAt: Date;
  checkedAt: Date;
  score?: number;
  previousScore?: number;
  level?: FitnessLevel;
  categories: FitnessScore['categories'];
  /** The results as they were last scored, each with the waiver that applied. */
  results: ScoredResult[];
  warnings: string[];
}

export interface ScanRecord {
  entity: EntityInfo;
  /** The tree's content hash with everything else the results depend on. */
  scanKey: string;
  contentHash: string;
  scannedAt: Date;
  results: FitnessResult[];
  warnings: string[];
  /** How far the entity is behind its golden path; undefined when no template generated it. */
  drift?: TemplateDrift;
}

export type RollupDimension = 'owner' | 'system' | 'domain';

export type NewWaiver = Omit<StoredWaiver, 'id' | 'createdAt'>;

/** A waiver that a repository's fitness.yaml proposes. */
export type ProposedWaiver = Pick<
  StoredWaiver,
  'functionId' | 'reason' | 'adrRef' | 'expiresAt'
>;

export interface QueuedScan {
  entityRef: string;
  requestedAt: Date;
  requestedBy: string;
  /** Asked for by a person: scan even when the tree is unchanged. */
  force: boolean;
}

export type RunOutcome = 'scanned' | 'unchanged' | 'failed';

/** Where the fitness backend keeps scans: the latest per entity and the history. */
export interface FitnessStore {
  latest(entityRef: string): Promise<LatestScan | undefined>;
  /** Stores a scan of a changed tree: one history row, and the latest. */
  recordScan(record: ScanRecord, score: FitnessScore): Promise<void>;
  /** The tree did not change: only the entity's details and checked_at move. */
  markChecked(entity: EntityInfo, at: Date): Promise<void>;
  /** A new score for the latest results (after waivers changed). */
  updateScore(entityRef: string, score: FitnessScore): Promise<void>;
  /** The entities that have a latest scan. */
  scannedEntityRefs(): Promise<string[]>;
  /** The entities whose latest results were stored at or after `since`. */
  scannedSince(since: Date): Promise<string[]>;
  /** Forgets the latest results of entities no longer in the catalog; returns how many. */
  forgetAllBut(entityRefs: string[]): Promise<number>;
  list(query: FitnessListQuery): Promise<FitnessListPage>;
  rollups(by: RollupDimension): Promise<FitnessRollup[]>;
  history(entityRef: string, since: Date): Promise<FitnessHistoryPoint[]>;
  /** Deletes history older than `before`, except each entity's latest scan. */
  pruneHistory(before: Date): Promise<number>;
}

/** Waivers: made in the portal, or proposed in a repository's fitness.yaml. */
export interface WaiverStore {
  waivers(entityRef: string): Promise<StoredWaiver[]>;
  waiver(
    id: string,
  ): Promise<(StoredWaiver & { revoked: boolean }) | undefined>;
  entitiesWithWaivers(): Promise<string[]>;
  addWaiver(waiver: NewWaiver): Promise<StoredWaiver>;
  approveWaiver(id: string): Promise<void>;
  revokeWaiver(id: string, by: string): Promise<void>;
  /** Makes the repository's proposals match its fitness.yaml: new ones are proposed, dropped ones revoked. */
  syncRepositoryWaivers(
    entityRef: string,
    proposals: ProposedWaiver[],
  ): Promise<boolean>;
}

/** The entities waiting to be scanned, and the scanner's runs (progress). */
export interface ScanQueue {
  /** Asks for a rescan; asking again during its scan queues another. */
  enqueue(entityRef: string, requestedBy: string): Promise<void>;
  /** Queues the scheduled scans of a run; entities already queued stay as they are. */
  enqueueScheduled(entityRefs: string[]): Promise<void>;
  /** Takes queued scans that are not running. */
  claimQueued(limit: number): Promise<QueuedScan[]>;
  /** Done with a claimed scan; a rescan asked for since stays queued. */
  finishQueued(scan: QueuedScan): Promise<void>;
  isQueued(entityRef: string): Promise<boolean>;
  startRun(at: Date): Promise<number>;
  countRun(runId: number, outcome: RunOutcome): Promise<void>;
  finishRun(runId: number, at: Date): Promise<void>;
  progress(): Promise<FitnessProgress>;
}
