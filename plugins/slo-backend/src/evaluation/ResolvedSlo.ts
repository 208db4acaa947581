import {
  BudgetingMethod,
  ConditionOperator,
} from '@internal/plugin-slo-common';

export type ResolvedIndicator =
  | {
      kind: 'ratio';
      counter: boolean;
      good?: string;
      bad?: string;
      total?: string;
      raw?: string;
      rawType?: 'success' | 'failure';
    }
  | { kind: 'threshold'; query: string; op: ConditionOperator; value: number };

export interface ResolvedObjective {
  displayName?: string;
  target: number;
  timeSliceTarget?: number;
  sliceSeconds?: number;
  indicator: ResolvedIndicator;
  /** The configured data source name the indicator's queries go to. */
  dataSource: string;
}

export interface ResolvedAlert {
  policy?: string;
  severity: string;
  factor: number;
  op: ConditionOperator;
  longSeconds: number;
  shortSeconds: number;
}

/** An SLO entity with its references followed, ready to evaluate. */
export interface ResolvedSlo {
  sloRef: string;
  componentRef: string;
  budgetingMethod: BudgetingMethod;
  /** Seconds of the budget period measured so far (all of it when rolling). */
  windowSeconds: number;
  /** Seconds of the whole budget period. */
  periodSeconds: number;
  objectives: ResolvedObjective[];
  alerts: ResolvedAlert[];
}

/** The SLO cannot be evaluated as written; the message says why. */
export class MisconfiguredSloError extends Error {}

/**
 * The SLO is valid OpenSLO that the portal does not evaluate (a source type
 * without an evaluator here, say); the message starts "not evaluated:".
 */
export class NotEvaluatedSloError extends Error {
  constructor(reason: string) {
    super(`not evaluated: ${reason}`);
  }
}
