export type {
  EntityFitness,
  FitnessEntityScore,
  FitnessHistoryPoint,
  FitnessListItem,
  FitnessListPage,
  FitnessListQuery,
  FitnessProgress,
  FitnessResultView,
  FitnessRollup,
  FitnessSortField,
  StoredWaiver,
} from './api';
export {
  FITNESS_LEVEL_LABEL,
  FITNESS_SCORE_ANNOTATION,
  levelLabelValue,
  scoreAnnotationValue,
} from './catalogFields';
export {
  fitnessPermissions,
  fitnessReadPermission,
  fitnessRescanPermission,
  fitnessWaiverManagePermission,
} from './permissions';
export type { Evidence, FitnessResult, Waiver } from './results';
export {
  ARCHITECTURE_ANNOTATION,
  ARCHITECTURE_STYLES,
  FITNESS_CATEGORIES,
  FITNESS_LEVELS,
  FITNESS_STATUSES,
  SERVICE_LAYERS,
  TEMPLATE_DRIFTS,
  isArchitectureStyle,
  levelRank,
} from './vocabulary';
export type {
  ArchitectureStyle,
  FitnessCategory,
  FitnessLevel,
  FitnessStatus,
  TemplateDrift,
  TemplateDriftReport,
} from './vocabulary';
