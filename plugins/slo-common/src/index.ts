export {
  DURATION_PATTERN,
  durationSeconds,
  parseDuration,
  promRange,
} from './openslo/duration';
export type { DurationUnit, OpensloDuration } from './openslo/duration';
export { alertPolicyNames } from './openslo/alertPolicyNames';
export type {
  AlertConditionSpec,
  AlertPolicySpec,
  DataSourceSpec,
  MetricSource,
  OpensloKind,
  SliSpec,
  SloSpec,
} from './openslo/schema';
export {
  describeProblems,
  OPENSLO_KINDS,
  readOpensloSpec,
  validateOpenslo,
} from './openslo/validateOpenslo';
export type { OpensloProblem } from './openslo/validateOpenslo';
export {
  burnRate,
  errorBudgetRemaining,
  sliFromCounts,
  timeslicesBudgetRemaining,
  timeToExhaustion,
} from './maths/budget';
export {
  burnRateAlertState,
  burnRateAlertWindows,
  shortWindowSeconds,
} from './maths/burnRateAlerts';
export type {
  AlertSeverity,
  AlertState,
  BurnRateAlertWindow,
  ConditionOperator,
} from './maths/burnRateAlerts';
export {
  BUDGET_WARNING_THRESHOLD,
  objectiveStatus,
  SLO_STATUSES,
  worstStatus,
} from './evaluation';
export type {
  AlertEvaluation,
  BudgetingMethod,
  EntitySlo,
  EntitySlosResponse,
  ObjectiveEvaluation,
  SloBoardItem,
  SloBoardFilter,
  SloBoardPage,
  SloEvaluation,
  SloHistoryPoint,
  SloHistoryResponse,
  SloStatus,
} from './evaluation';
export { sloEvaluatePermission, sloPermissions } from './permissions';
export {
  OPENSLO_API_VERSION,
  RELATION_HAS_SLO,
  RELATION_SLO_OF,
  ANNOTATION_SLO_NOT_ATTACHED,
  ANNOTATION_OPENSLO_LABELS,
} from './relations';
