import { SourceTree } from '@internal/source-tree';
import { ImportGraph } from '../graph/ImportGraph';
import {
  Evidence,
  FitnessCategory,
  FitnessLevel,
  FitnessStatus,
} from '../score/FitnessResult';

export type ArchitectureStyle =
  | 'clean'
  | 'hexagonal-cqrs'
  | 'modular-monolith'
  | 'platform-monorepo';

/** What a function may look at for one entity. */
export interface FitnessContext {
  tree: SourceTree;
  graph: ImportGraph;
  /** The service's top-level Python package, when one was found. */
  rootPackage?: string;
  /** From the entity's `golden-path/architecture` annotation. */
  style?: ArchitectureStyle;
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
