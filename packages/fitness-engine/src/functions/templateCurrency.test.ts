import { functionContext } from '../testUtils/functionContext';
import type { TemplateDriftReport } from '@internal/plugin-fitness-common';
import { templateCurrencyFunction } from './templateCurrency';

const REF = 'template:default/python-layered-service';

const context = (
  generatedVersion: string | undefined,
  currentVersion: string | undefined,
  drift: TemplateDriftReport,
) =>
  functionContext(
    {},
    {
      catalog: {
        entityRef: 'component:default/orders',
        slos: [],
        template: { ref: REF, generatedVersion, currentVersion, drift },
      },
    },
  );

describe('template-currency', () => {
  it.each<
    [
      string | undefined,
      string | undefined,
      TemplateDriftReport,
      string,
      string,
    ]
  >([
    [
      '0.3.0',
      '0.3.0',
      { drift: 'current', version: '0.3.0' },
      'pass',
      `On ${REF} 0.3.0, the current version.`,
    ],
    [
      '1.2.9',
      '1.3.0',
      { drift: 'behind', from: '1.2.9', to: '1.3.0', majors: 0 },
      'warn',
      `Behind ${REF}: 1.2.9 → 1.3.0.`,
    ],
    [
      '0.3.0',
      '1.0.0',
      { drift: 'major', from: '0.3.0', to: '1.0.0', majors: 1 },
      'fail',
      `1 major version behind ${REF}: 0.3.0 → 1.0.0.`,
    ],
    [
      '1.0.0',
      '3.0.1',
      { drift: 'major', from: '1.0.0', to: '3.0.1', majors: 2 },
      'fail',
      `2 major versions behind ${REF}: 1.0.0 → 3.0.1.`,
    ],
    [
      undefined,
      '1.0.0',
      { drift: 'unknown', reason: 'generated-not-semver' },
      'warn',
      'The service records no semver version of its template (golden-path/template-version).',
    ],
    [
      '1.0.0',
      undefined,
      { drift: 'unknown', reason: 'no-current' },
      'warn',
      `${REF} is no longer in the catalog, or has no version.`,
    ],
    [
      '1.0.0',
      'latest',
      { drift: 'unknown', reason: 'current-not-semver' },
      'warn',
      `${REF} has no semver version (latest).`,
    ],
  ])(
    'generated %s, current %s (%j): %s',
    async (generated, current, drift, status, summary) => {
      const outcome = await templateCurrencyFunction.evaluate(
        await context(generated, current, drift),
      );
      expect(outcome).toMatchObject({ status, summary });
      expect(outcome.evidence).toEqual([
        {
          path: 'catalog-info.yaml',
          message: `generated from ${REF} ${
            generated ?? '(no version)'
          }; the template is at ${current ?? '(not in the catalog)'}`,
        },
      ]);
    },
  );

  it('applies only to entities a golden path generated', async () => {
    expect(templateCurrencyFunction.appliesTo(await functionContext({}))).toBe(
      false,
    );
    expect(
      templateCurrencyFunction.appliesTo(
        await context('1.0.0', '1.0.0', { drift: 'current', version: '1.0.0' }),
      ),
    ).toBe(true);
  });
});
