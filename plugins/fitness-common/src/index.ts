export type {
  EntityFitness,
  FitnessEntityScore,
  Evidence,
  FitnessCategory,
  FitnessHistoryPoint,
  FitnessLevel,
  FitnessListItem,
  FitnessListPage,
  FitnessProgress,
  FitnessResultView,
  FitnessRollup,
  FitnessSortField,
  FitnessStatus,
  StoredWaiver,
  TemplateDrift,
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
