import type { ImportSite } from '../graph/ImportGraph';
import type { Contract } from './types';

/** One direct import of a chain, with where it is written. */
export interface ChainLink {
  importer: string;
  imported: string;
  /** Sorted, distinct: what import-linter prints as `(l.3, l.9)`. */
  lineNumbers: number[];
  /** Every import statement behind the link: `path:line` evidence. */
  sites: ImportSite[];
}

/**
 * A chain of imports from a module that may not import another to that
 * module, as import-linter prints it. For layers and independence contracts
 * a chain may fan in and out: `extraFirsts` are other modules of the
 * importing package that import the chain's second module, `extraLasts` are
 * other modules of the imported package that the chain's last-but-one module
 * imports (import-linter's `& …` lines).
 */
export interface ImportChain {
  links: ChainLink[];
  extraFirsts: ChainLink[];
  extraLasts: ChainLink[];
}

/** `importer is not allowed to import imported:` and the chains that do it. */
export interface ContractViolation {
  importer: string;
  imported: string;
  /** The first chain is a shortest one. */
  chains: ImportChain[];
}

/** A dependency between two siblings whose removal helps break a cycle. */
export interface CycleBreakingDependency {
  /** The importing child, e.g. `pkg.blue`. */
  downstream: string;
  /** The imported child, e.g. `pkg.green`. */
  upstream: string;
  /** The direct imports between the two children's modules, one per module pair. */
  imports: ChainLink[];
}

/** "No cycles are allowed in <package>", and what to remove. */
export interface SiblingCycles {
  package: string;
  dependencies: CycleBreakingDependency[];
}

export type ContractStatus = 'kept' | 'broken' | 'error';

/** The result of checking one contract. */
export interface ContractCheck {
  contract: Contract;
  /** `error` when the contract could not be checked (see `error`). */
  status: ContractStatus;
  /** What went wrong and what to do, when `status` is `error`. */
  error?: string;
  /** Warnings, e.g. `ignore_imports` expressions that matched nothing. */
  warnings: string[];
  /** layers, forbidden, independence: the forbidden imports found. */
  violations: ContractViolation[];
  /** Exhaustive layers: children of a container not listed as layers. */
  undeclaredModules: string[];
  /** acyclic_siblings: the packages whose children form cycles. */
  cycles: SiblingCycles[];
  /** How many direct imports `ignore_imports` removed. */
  ignoredImportCount: number;
}

/** The results of checking every contract of a configuration. */
export interface ContractsReport {
  checks: ContractCheck[];
  keptCount: number;
  brokenCount: number;
  errorCount: number;
}

/**
 * A contract that cannot be checked on this graph (a missing layer, an
 * unknown module, an unmatched ignored import…). Checking turns it into a
 * result with status `error`; it never escapes `checkContracts`.
 */
export class ContractCheckError extends Error {
  readonly name = 'ContractCheckError';
}
