import type { UnreadableModule } from '../scan/skippedFiles';
import { SourceTree } from '@internal/source-tree';
import { ImportGraph } from '../graph/ImportGraph';
import type {
  ArchitectureStyle,
  Evidence,
  FitnessCategory,
  FitnessLevel,
  FitnessStatus,
  TemplateDriftReport,
} from '@internal/plugin-fitness-common';

/** One ADR as the ADR parser read it. */
export interface AdrFact {
  file: string;
  number?: number;
  /** ISO date (YYYY-MM-DD), when the record gives one. */
  date?: string;
  status: string;
}

/** One SLO of the entity and the names of its alert policies. */
export interface SloFact {
  name: string;
  alertPolicies: string[];
}

/**
 * What the portal's catalog knows about the entity. The backend fills it in
 * (the CLI has no catalog, so the functions that need it do not apply there).
 */
export interface CatalogFacts {
  entityRef: string;
  /** `spec.owner` as a full ref, and whether it names a Group in the catalog. */
  owner?: { ref: string; isExistingGroup: boolean };
  system?: string;
  /** The `backstage.io/techdocs-ref` annotation. */
  techdocsRef?: string;
  /** Undefined when the entity has no `backstage.io/adr-location`. */
  adrs?: {
    location: string;
    records: AdrFact[];
    /** Files of the folder that are not readable ADRs, each with the reason. */
    unreadable: { file: string; reason: string }[];
  };
  slos: SloFact[];
  /** The runbook page and the anchors of its headings; undefined when there is none. */
  runbook?: { path: string; anchors: string[] };
  /**
   * The golden path the entity was generated from (its provenance
   * annotations), and the template's version in the catalog now (undefined
   * when the template is no longer there). Undefined for an entity no
   * template generated.
   */
  template?: {
    ref: string;
    generatedVersion?: string;
    currentVersion?: string;
    /** How far generatedVersion is behind currentVersion. */
    drift: TemplateDriftReport;
  };
}

/** What a function may look at for one entity. */
export interface FitnessContext {
  tree: SourceTree;
  graph: ImportGraph;
  /** The service's top-level Python package, when one was found. */
  rootPackage?: string;
  /** From the entity's `golden-path/architecture` annotation. */
  style?: ArchitectureStyle;
  catalog?: CatalogFacts;
  /**
   * When the component is one folder of a larger repository (a monorepo
   * service): the repository's `.github/workflows` folder, since CI runs
   * only from the repository's root.
   */
  repositoryWorkflows?: SourceTree;
  /**
   * Python modules the scan could not read or parse whole (skipped by the
   * reader, or with a syntax error): their imports may be missing from
   * `graph`, so a verdict that depends on them cannot be given.
   */
  unreadableModules?: UnreadableModule[];
  /** The time of the scan. */
  now: Date;
}

export interface FitnessOutcome {
  status: FitnessStatus;
  summary: string;
  evidence: Evidence[];
}

/**
 * One architecture fitness function. Companies add their own through the
 * same interface (the backend's extension point).
 */
export interface FitnessFunction {
  id: string;
  title: string;
  category: FitnessCategory;
  level: FitnessLevel;
  weight: number;
  /** The page in docs/ that explains the function and how to fix it. */
  docsPath: string;
  appliesTo(context: FitnessContext): boolean;
  evaluate(context: FitnessContext): Promise<FitnessOutcome>;
}
