import { EntitySlo, SloStatus } from '@internal/plugin-slo-common';

const RANK: Partial<Record<SloStatus, number>> = {
  burning: 0,
  exhausted: 0,
  warning: 1,
};

/** Whether an SLO is spending its budget too fast or has none left. */
export function isBurning(slo: EntitySlo): boolean {
  return RANK[slo.evaluation?.status ?? 'ok'] === 0;
}

/** Burning and exhausted SLOs first, then warnings, then the rest, each in their order. */
export function sortForOnCall(slos: EntitySlo[]): EntitySlo[] {
  const rank = (slo: EntitySlo) => RANK[slo.evaluation?.status ?? 'ok'] ?? 2;
  return [...slos].sort((a, b) => rank(a) - rank(b));
}
