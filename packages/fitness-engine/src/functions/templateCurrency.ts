import semver from 'semver';
import { FitnessFunction } from './FitnessFunction';
import { fail, pass, warn } from './outcome';

const CATALOG_INFO = 'catalog-info.yaml';

/**
 * A service generated from a golden path keeps up with it: a minor version
 * behind is a warning, a major version behind a failure.
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
    const { ref, generatedVersion, currentVersion } = catalog!.template!;
    const generated = semver.valid(generatedVersion ?? '');
    const current = semver.valid(currentVersion ?? '');
    const evidence = [
      {
        path: CATALOG_INFO,
        message: `generated from ${ref} ${
          generatedVersion ?? '(no version)'
        }; the template is at ${currentVersion ?? '(not in the catalog)'}`,
      },
    ];
    if (!current) {
      return warn(
        currentVersion
          ? `${ref} has no semver version (${currentVersion}).`
          : `${ref} is no longer in the catalog, or has no version.`,
        evidence,
      );
    }
    if (!generated) {
      return warn(
        'The service records no semver version of its template (golden-path/template-version).',
        evidence,
      );
    }
    if (semver.gte(generated, current)) {
      return pass(`On ${ref} ${generated}, the current version.`, evidence);
    }
    const majors = semver.major(current) - semver.major(generated);
    if (majors > 0) {
      return fail(
        `${majors} major version${
          majors > 1 ? 's' : ''
        } behind ${ref}: ${generated} → ${current}.`,
        evidence,
      );
    }
    return warn(`Behind ${ref}: ${generated} → ${current}.`, evidence);
  },
};
