import type {
  FitnessCategory,
  FitnessLevel,
  FitnessStatus,
} from './vocabulary';

/** Where a result comes from in the source: `path:line` and what is wrong there. */
export interface Evidence {
  path: string;
  line?: number;
  message: string;
  /** For a broken contract: the modules whose import breaks it, for the layer diagram. */
  violation?: { contract: string; importer: string; imported: string };
}

/** What one fitness function found for one entity. */
export interface FitnessResult {
  functionId: string;
  category: FitnessCategory;
  level: FitnessLevel;
  weight: number;
  status: FitnessStatus;
  summary: string;
  evidence: Evidence[];
  /** The docs page that explains the function and how to fix a failure. */
  docsPath: string;
}

/**
 * A decision to accept a failing function for an entity, tied to an ADR.
 * A proposed waiver (from a repository's fitness.yaml) counts only once an
 * architect approves it.
 */
export interface Waiver {
  functionId: string;
  entityRef: string;
  reason: string;
  adrRef: string;
  expiresAt: string;
  state: 'approved' | 'proposed';
}
