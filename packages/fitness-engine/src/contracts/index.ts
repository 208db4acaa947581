export type {
  AcyclicSiblingsContract,
  AlertLevel,
  Contract,
  ForbiddenContract,
  ImportExpression,
  ImportLinterConfig,
  IndependenceContract,
  Layer,
  LayerModule,
  LayersContract,
  SessionOptions,
  UnsupportedContract,
} from './types';
export type {
  ChainLink,
  ContractCheck,
  ContractStatus,
  ContractViolation,
  ContractsReport,
  CycleBreakingDependency,
  ImportChain,
  SiblingCycles,
} from './ContractCheck';
export { ImportLinterConfigError } from './ImportLinterConfigError';
export {
  IMPORT_LINTER_CONFIG_FILES,
  findImportLinterConfig,
  parseImportLinterConfig,
} from './parseImportLinterConfig';
export { checkContract, checkContracts } from './checkContracts';
export { ContractGraph } from './ContractGraph';
export { formatContractsReport } from './formatContractsReport';
export { defaultContracts } from './defaultContracts';
export { MODULE_LAYERS, monolithModules } from './monolithModules';
