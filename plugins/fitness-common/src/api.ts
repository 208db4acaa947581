import type { PagedList, PageRequest } from '@internal/portal-common';
import type { FitnessResult, Waiver } from './results';
import type {
  FitnessCategory,
  FitnessLevel,
  TemplateDrift,
} from './vocabulary';

/** A waiver as the portal keeps it. */
export interface StoredWaiver extends Waiver {
  id: string;
  createdBy: string;
  createdAt: string;
  /** Where it came from: the portal, or the repository's fitness.yaml. */
  source: 'portal' | 'repository';
}

/** One function's result after waivers, with what the UI needs to show it. */
export interface FitnessResultView extends FitnessResult {
  title: string;
  /** The approved waiver that makes it count as a pass. */
  waiver?: StoredWaiver;
  /** A proposed or expired waiver: shown, not counted. */
  inactiveWaiver?: StoredWaiver & { why: 'proposed' | 'expired' };
}

/** Where an entity stands. */
export interface EntityFitness {
  entityRef: string;
  title: string;
  ownerRef?: string;
  systemRef?: string;
  domainRef?: string;
  /** When its tree last changed and was scanned. */
  scannedAt: string;
  /** When the scanner last looked (an unchanged tree is not rescanned). */
  checkedAt: string;
  contentHash: string;
  score?: number;
  previousScore?: number;
  level?: FitnessLevel;
  categories: Partial<Record<FitnessCategory, number>>;
  results: FitnessResultView[];
  warnings: string[];
  /** Every waiver that is not revoked, counted or not. */
  waivers: StoredWaiver[];
  /** A rescan asked for and not yet done. */
  rescanQueued: boolean;
}

/** One row of the organisation's list. */
export interface FitnessListItem {
  entityRef: string;
  title: string;
  ownerRef?: string;
  systemRef?: string;
  domainRef?: string;
  score?: number;
  previousScore?: number;
  level?: FitnessLevel;
  failing: number;
  scannedAt: string;
  /** How far behind its golden path (template-currency); absent when no template generated it. */
  drift?: TemplateDrift;
  /** The level it held before its level dropped, until it is back there. */
  droppedFrom?: FitnessLevel;
}

/** An entity's score and level, as the catalog shows them. */
export interface FitnessEntityScore {
  entityRef: string;
  score?: number;
  level?: FitnessLevel;
}

export interface FitnessListPage extends PagedList<FitnessListItem> {
  /** How many services sit at each level (`none` below bronze), over the whole filter. */
  levels: Record<FitnessLevel | 'none', number>;
}

export interface FitnessHistoryPoint {
  scannedAt: string;
  score?: number;
  level?: FitnessLevel;
}

/** The services of one owner, system or domain taken together. */
export interface FitnessRollup {
  key: string;
  services: number;
  averageScore?: number;
  levels: Record<FitnessLevel | 'none', number>;
}

/** What the scanner is doing. */
export interface FitnessProgress {
  queued: number;
  running: number;
  /** Entities done in the current run (or the last one, when idle). */
  done: number;
  lastRun?: {
    startedAt: string;
    finishedAt?: string;
    scanned: number;
    unchanged: number;
    failed: number;
  };
}

export type FitnessSortField = 'score' | 'title' | 'level';

/** What `GET /api/fitness/list` takes: the filters (full entity refs), the order and the page. */
export type FitnessListQuery = {
  owner?: string;
  system?: string;
  domain?: string;
  level?: FitnessLevel | 'none';
  drift?: TemplateDrift;
  /** Only services whose level dropped and has not recovered. */
  dropped?: boolean;
  sort: FitnessSortField;
  order: 'asc' | 'desc';
} & PageRequest;
