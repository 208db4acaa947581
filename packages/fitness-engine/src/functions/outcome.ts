import { Evidence } from '@internal/plugin-fitness-common';
import { FitnessOutcome } from './FitnessFunction';

export const pass = (summary: string, evidence: Evidence[] = []) =>
  ({ status: 'pass', summary, evidence } satisfies FitnessOutcome);
export const warn = (summary: string, evidence: Evidence[] = []) =>
  ({ status: 'warn', summary, evidence } satisfies FitnessOutcome);
export const fail = (summary: string, evidence: Evidence[] = []) =>
  ({ status: 'fail', summary, evidence } satisfies FitnessOutcome);
export const notApplicable = (summary: string) =>
  ({
    status: 'not-applicable',
    summary,
    evidence: [],
  } satisfies FitnessOutcome);

/** "1 module" / "3 modules". */
export const plural = (count: number, noun: string) =>
  count === 1
    ? `1 ${noun}`
    : `${count} ${noun.endsWith('y') ? `${noun.slice(0, -1)}ie` : noun}s`;
