/**
 * import-linter's configuration, as our engine reads it. The names follow
 * import-linter's options (`docs/get_started/configure.md`,
 * `docs/contract_types/*.md`), in camelCase.
 */

/** How to report `ignore_imports` expressions that match no import. */
export type AlertLevel = 'error' | 'warn' | 'none';

/** One `ignore_imports` entry: `importer -> imported`, each may hold `*` or `**`. */
export interface ImportExpression {
  importer: string;
  imported: string;
}

/** A module of a layer; `optional` when written in parentheses, `(foo)`. */
export interface LayerModule {
  name: string;
  optional: boolean;
}

/**
 * One line of a `layers` list. Several modules on one line are siblings:
 * `a | b` independent (they may not import each other), `a : b` not.
 */
export interface Layer {
  modules: LayerModule[];
  independent: boolean;
}

interface ContractBase {
  /** The INI section's last part, or the TOML `id` (else the contract's position). */
  id: string;
  name: string;
  ignoreImports: ImportExpression[];
  unmatchedIgnoreImportsAlerting: AlertLevel;
  /** Shown after the violations of a broken contract. */
  brokenContractGuidance?: string;
}

export interface LayersContract extends ContractBase {
  type: 'layers';
  /** Highest first. */
  layers: Layer[];
  /** Absolute module names or wildcard expressions; layers are relative to them. */
  containers: string[];
  exhaustive: boolean;
  exhaustiveIgnores: string[];
}

export interface ForbiddenContract extends ContractBase {
  type: 'forbidden';
  sourceModules: string[];
  forbiddenModules: string[];
  allowIndirectImports: boolean;
  asPackages: boolean;
}

export interface IndependenceContract extends ContractBase {
  type: 'independence';
  modules: string[];
}

export interface AcyclicSiblingsContract extends ContractBase {
  type: 'acyclic_siblings';
  ancestors: string[];
  depth: number;
  skipDescendants: string[];
}

/**
 * A contract of a type the engine does not evaluate (`protected`, or a custom
 * type plugged in with `contract_types`). Checking it gives an error result.
 */
export interface UnsupportedContract extends ContractBase {
  type: 'unsupported';
  declaredType: string;
}

export type Contract =
  | LayersContract
  | ForbiddenContract
  | IndependenceContract
  | AcyclicSiblingsContract
  | UnsupportedContract;

/** The top-level `[importlinter]` options. */
export interface SessionOptions {
  rootPackages: string[];
  includeExternalPackages: boolean;
  excludeTypeCheckingImports: boolean;
}

export interface ImportLinterConfig {
  /** The file the configuration was read from (relative to the tree), if any. */
  path?: string;
  session: SessionOptions;
  contracts: Contract[];
}
