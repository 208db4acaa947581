import type { PagedList } from '@internal/portal-common';
import { AlertSeverity, AlertState } from './maths/burnRateAlerts';

export type BudgetingMethod = 'Occurrences' | 'Timeslices' | 'RatioTimeslices';

/**
 * The states of an SLO objective, least severe first: `not-evaluated` when
 * the SLO is valid but the portal has no evaluator for it (the message says
 * why), `no-data` when the source answered with nothing, `unreachable` when it did not answer,
 * `misconfigured` when the definition cannot be evaluated, and `error` when
 * the evaluation failed in a way nobody foresaw (the message says how).
 */
export const SLO_STATUSES = [
  'ok',
  'not-evaluated',
  'warning',
  'no-data',
  'burning',
  'exhausted',
  'unreachable',
  'misconfigured',
  'error',
] as const;

export type SloStatus = (typeof SLO_STATUSES)[number];

/** One burn-rate alert of an objective, evaluated. */
export interface AlertEvaluation {
  /** The AlertPolicy's name, which is also the runbook anchor. */
  policy?: string;
  severity: AlertSeverity | string;
  factor: number;
  longSeconds: number;
  shortSeconds: number;
  longBurnRate?: number;
  shortBurnRate?: number;
  state: AlertState;
}

export interface ObjectiveEvaluation {
  displayName?: string;
  target: number;
  sli?: number;
  budgetRemaining?: number;
  /** The burn rate over the whole SLO window. */
  burnRate?: number;
  timeToExhaustionSeconds?: number;
  alerts: AlertEvaluation[];
  status: SloStatus;
  message?: string;
}

/** The result of evaluating one SLO entity at one moment. */
export interface SloEvaluation {
  sloRef: string;
  evaluatedAt: string;
  windowSeconds: number;
  budgetingMethod: BudgetingMethod;
  status: SloStatus;
  message?: string;
  objectives: ObjectiveEvaluation[];
}

/** The worse of two statuses, for rolling objectives up into their SLO. */
export function worstStatus(statuses: SloStatus[]): SloStatus {
  return statuses.reduce<SloStatus>(
    (worst, s) =>
      SLO_STATUSES.indexOf(s) > SLO_STATUSES.indexOf(worst) ? s : worst,
    'ok',
  );
}

/** Below this share of budget left, an objective shows as a warning. */
export const BUDGET_WARNING_THRESHOLD = 0.25;

export function objectiveStatus(options: {
  budgetRemaining: number;
  alerts: Pick<AlertEvaluation, 'state'>[];
}): SloStatus {
  if (options.budgetRemaining <= 0) return 'exhausted';
  if (options.alerts.some(a => a.state === 'firing')) return 'burning';
  if (options.budgetRemaining < BUDGET_WARNING_THRESHOLD) return 'warning';
  return 'ok';
}

/** A row of the organisation board. */
export interface SloBoardItem {
  sloRef: string;
  title: string;
  componentRef: string;
  ownerRef?: string;
  systemRef?: string;
  status: SloStatus;
  message?: string;
  target?: number;
  sli?: number;
  budgetRemaining?: number;
  evaluatedAt?: string;
}

export type SloBoardPage = PagedList<SloBoardItem>;

/** What `GET /api/slo/board` filters by: entity refs (`group:default/platform`) and states. */
export type SloBoardFilter = {
  owner?: string;
  system?: string;
  /** Only SLOs in one of these states. */
  status?: SloStatus[];
};

/** A stored snapshot, for charts of the budget over time. */
export interface SloHistoryPoint {
  evaluatedAt: string;
  status: SloStatus;
  budgetRemaining?: number;
  sli?: number;
}

/** An SLO of one entity, as its card and tab show it. */
export interface EntitySlo {
  sloRef: string;
  title: string;
  description?: string;
  budgetingMethod: BudgetingMethod;
  objectives: { displayName?: string; target: number }[];
  /** The latest stored evaluation, if the SLO was ever evaluated. */
  evaluation?: SloEvaluation;
}

export interface EntitySlosResponse {
  items: EntitySlo[];
}

export interface SloHistoryResponse {
  points: SloHistoryPoint[];
}
