export { ImportGraph } from './graph/ImportGraph';
export type { ImportSite } from './graph/ImportGraph';
export * from './contracts';
export { buildImportGraph } from './graph/buildImportGraph';
export type {
  BuildImportGraphOptions,
  BuildImportGraphResult,
  ImportGraphProblem,
} from './graph/buildImportGraph';
export { extractImports, EXTRACTOR_VERSION } from './python/extractImports';
export type { ExtractedImports, RawImport } from './python/extractImports';
export type { SyntaxProblem } from './python/tokens';
export { discoverModules } from './python/discoverModules';
export type { DiscoveredModules } from './python/discoverModules';
export {
  MemoryImportCache,
  importCacheKey,
  treeImportsKey,
} from './python/ImportCache';
export type { ImportCache, TreeImports } from './python/ImportCache';
export { FileImportCache } from './python/FileImportCache';
export { scoreResults, withoutWaivers } from './score/scoreModel';
export type { FitnessScore, ScoredResult } from './score/scoreModel';
export type {
  FitnessContext,
  FitnessFunction,
  FitnessOutcome,
} from './functions/FitnessFunction';
export {
  DEFAULT_IMPURE_PACKAGES,
  domainPurityFunction,
} from './functions/domainPurity';
export {
  importCycles,
  importCyclesFunction,
  oneCycle,
} from './functions/importCycles';
export { layerContractsFunction } from './functions/layerContracts';
export type {
  AdrFact,
  CatalogFacts,
  SloFact,
} from './functions/FitnessFunction';
export { defaultFitnessFunctions } from './functions/defaultFunctions';
export type { DefaultFunctionsOptions } from './functions/defaultFunctions';
export { evaluateFunction } from './functions/evaluateFunctions';
export { DEFAULT_SCAN_TIMEOUT_MS, scanTree } from './scan/scanTree';
export type { ScanTreeOptions } from './scan/scanTree';
export type { ScanRequest, TreeScan } from './scan/scanInThread';
export { ScanWorkerPool } from './scan/ScanWorkerPool';
export { loadFunctionSet } from './scan/FunctionSet';
export type { FunctionSet } from './scan/FunctionSet';
export { runScanWorker } from './scan/scanWorker';
export { main as fitnessCli, EXIT_CODES } from './cli';
export type { CheckJson, MainOptions } from './cli';
