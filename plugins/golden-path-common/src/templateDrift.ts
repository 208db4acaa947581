import type { TemplateDriftReport } from '@internal/plugin-fitness-common';
import semver from 'semver';

/**
 * Compares the template version a service was generated from with the
 * template's current one (semver): a major version behind is `major`, any
 * other step behind `behind`.
 */
export function templateDrift(
  generatedVersion: string | undefined,
  currentVersion: string | undefined,
): TemplateDriftReport {
  const current = semver.valid(currentVersion ?? '');
  if (!current) {
    return {
      drift: 'unknown',
      reason: currentVersion ? 'current-not-semver' : 'no-current',
    };
  }
  const generated = semver.valid(generatedVersion ?? '');
  if (!generated) return { drift: 'unknown', reason: 'generated-not-semver' };
  if (semver.gte(generated, current)) {
    return { drift: 'current', version: generated };
  }
  const majors = semver.major(current) - semver.major(generated);
  return {
    drift: majors > 0 ? 'major' : 'behind',
    from: generated,
    to: current,
    majors,
  };
}
