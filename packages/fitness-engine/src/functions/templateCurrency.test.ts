import { functionContext } from '../testUtils/functionContext';
import { templateCurrencyFunction } from './templateCurrency';

const context = (generatedVersion?: string, currentVersion?: string) =>
  functionContext(
    {},
    {
      catalog: {
        entityRef: 'component:default/orders',
        slos: [],
        template: {
          ref: 'template:default/python-layered-service',
          generatedVersion,
          currentVersion,
        },
      },
    },
  );

describe('template-currency', () => {
  it.each([
    [
      '0.3.0',
      '0.3.0',
      'pass',
      'On template:default/python-layered-service 0.3.0, the current version.',
    ],
    [
      '0.4.0',
      '0.3.0',
      'pass',
      'On template:default/python-layered-service 0.4.0, the current version.',
    ],
    [
      '0.2.0',
      '0.3.0',
      'warn',
      'Behind template:default/python-layered-service: 0.2.0 → 0.3.0.',
    ],
    [
      '1.2.9',
      '1.3.0',
      'warn',
      'Behind template:default/python-layered-service: 1.2.9 → 1.3.0.',
    ],
    [
      '0.3.0',
      '1.0.0',
      'fail',
      '1 major version behind template:default/python-layered-service: 0.3.0 → 1.0.0.',
    ],
    [
      '1.0.0',
      '3.0.1',
      'fail',
      '2 major versions behind template:default/python-layered-service: 1.0.0 → 3.0.1.',
    ],
    [
      undefined,
      '1.0.0',
      'warn',
      'The service records no semver version of its template (golden-path/template-version).',
    ],
    [
      '1.0.0',
      undefined,
      'warn',
      'template:default/python-layered-service is no longer in the catalog, or has no version.',
    ],
    [
      '1.0.0',
      'latest',
      'warn',
      'template:default/python-layered-service has no semver version (latest).',
    ],
  ])(
    'generated %s, current %s: %s',
    async (generated, current, status, summary) => {
      const outcome = await templateCurrencyFunction.evaluate(
        await context(generated, current),
      );
      expect(outcome).toMatchObject({ status, summary });
      expect(outcome.evidence).toEqual([
        {
          path: 'catalog-info.yaml',
          message: `generated from template:default/python-layered-service ${
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
      templateCurrencyFunction.appliesTo(await context('1.0.0', '1.0.0')),
    ).toBe(true);
  });
});
