import { EntitySlo, ObjectiveEvaluation } from '@internal/plugin-slo-common';

/** One objective of an SLO: its definition and, once evaluated, its evaluation. */
export type ObjectiveRow = {
  key: string;
  displayName?: string;
  target: number;
  evaluation?: ObjectiveEvaluation;
};

/**
 * The objectives of an SLO as shown: the latest evaluation's when there is
 * one (it carries the target it was evaluated against), else the definition's.
 */
export function objectiveRows(slo: EntitySlo): ObjectiveRow[] {
  const evaluated = slo.evaluation?.objectives;
  if (evaluated && evaluated.length > 0) {
    return evaluated.map(objective => ({
      key: objective.displayName ?? `target-${objective.target}`,
      displayName: objective.displayName,
      target: objective.target,
      evaluation: objective,
    }));
  }
  return slo.objectives.map(objective => ({
    key: objective.displayName ?? `target-${objective.target}`,
    displayName: objective.displayName,
    target: objective.target,
  }));
}
