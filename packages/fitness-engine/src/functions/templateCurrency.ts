import { FitnessFunction } from './FitnessFunction';
import { fail, pass, warn } from './outcome';

const CATALOG_INFO = 'catalog-info.yaml';

/**
 * A service generated from a golden path keeps up with it: a minor version
 * behind is a warning, a major version behind a failure. The catalog facts
 * carry the semver comparison (golden-path-common's templateDrift).
 */
export const templateCurrencyFunction: FitnessFunction = {
  id: 'template-currency',
  title: 'Keeps up with its golden path',
  category: 'operability',
  level: 'silver',
  weight: 1,
  docsPath: 'docs/fitness/template-currency.md',
  appliesTo: ({ catalog }) => catalog?.template !== undefined,
  async evaluate({ catalog }) {
    const { ref, generatedVersion, currentVersion, drift } = catalog!.template!;
    const evidence = [
      {
        path: CATALOG_INFO,
        message: `generated from ${ref} ${
          generatedVersion ?? '(no version)'
        }; the template is at ${currentVersion ?? '(not in the catalog)'}`,
      },
    ];
    if (drift.drift === 'unknown') {
      return warn(
        {
          'no-current': `${ref} is no longer in the catalog, or has no version.`,
          'current-not-semver': `${ref} has no semver version (${currentVersion}).`,
          'generated-not-semver':
            'The service records no semver version of its template (golden-path/template-version).',
        }[drift.reason],
        evidence,
      );
    }
    if (drift.drift === 'current') {
      return pass(`On ${ref} ${drift.version}, the current version.`, evidence);
    }
    const step = `${ref}: ${drift.from} → ${drift.to}.`;
    return drift.drift === 'major'
      ? fail(
          `${drift.majors} major version${
            drift.majors > 1 ? 's' : ''
          } behind ${step}`,
          evidence,
        )
      : warn(`Behind ${step}`, evidence);
  },
};
