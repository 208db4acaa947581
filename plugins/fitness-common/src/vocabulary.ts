/** What a fitness function can find. */
export const FITNESS_STATUSES = [
  'pass',
  'warn',
  'fail',
  'not-applicable',
  'error',
] as const;
export type FitnessStatus = (typeof FITNESS_STATUSES)[number];

export const FITNESS_CATEGORIES = [
  'architecture',
  'operability',
  'documentation',
  'ownership',
  'security',
] as const;
export type FitnessCategory = (typeof FITNESS_CATEGORIES)[number];

/** The levels, lowest first. */
export const FITNESS_LEVELS = ['bronze', 'silver', 'gold'] as const;
export type FitnessLevel = (typeof FITNESS_LEVELS)[number];

/** A level's rank for comparison: 0 below bronze, then 1, 2, 3. */
export function levelRank(level: FitnessLevel | undefined): number {
  return level ? FITNESS_LEVELS.indexOf(level) + 1 : 0;
}

/** The architecture styles a service declares in `golden-path/architecture`. */
export const ARCHITECTURE_STYLES = [
  'clean',
  'hexagonal-cqrs',
  'modular-monolith',
  'platform-monorepo',
] as const;
export type ArchitectureStyle = (typeof ARCHITECTURE_STYLES)[number];

export function isArchitectureStyle(
  value: string | undefined,
): value is ArchitectureStyle {
  return (ARCHITECTURE_STYLES as readonly string[]).includes(value ?? '');
}

/** The service layers of the clean and hexagonal-cqrs styles, highest first. */
export const SERVICE_LAYERS: readonly string[] = [
  'presentation',
  'infrastructure',
  'application',
  'domain',
];

/** How far a generated service is behind its golden path, in a word. */
export const TEMPLATE_DRIFTS = [
  'current',
  'behind',
  'major',
  'unknown',
] as const;
export type TemplateDrift = (typeof TEMPLATE_DRIFTS)[number];

/** How far a generated service is behind the current version of its golden path. */
export type TemplateDriftReport =
  | { drift: 'current'; version: string }
  | { drift: 'behind' | 'major'; from: string; to: string; majors: number }
  | {
      drift: 'unknown';
      reason: 'no-current' | 'current-not-semver' | 'generated-not-semver';
    };

/** The annotation in which a service declares its style. */
export const ARCHITECTURE_ANNOTATION = 'golden-path/architecture';
