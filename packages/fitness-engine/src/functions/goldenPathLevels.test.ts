import { scoreResults } from '../score/scoreModel';
import { functionContext } from '../testUtils/functionContext';
import { newLayout, oldLayout } from '../testUtils/goldenPathLayouts';
import { defaultFitnessFunctions } from './defaultFunctions';
import { evaluateFunction } from './evaluateFunctions';
import { CatalogFacts } from './FitnessFunction';

/** A service created with the golden path's required fields only: no system. */
const catalog: CatalogFacts = {
  entityRef: 'component:default/shop',
  owner: { ref: 'group:default/team-a', isExistingGroup: true },
  slos: [{ name: 'shop-availability', alertPolicies: [] }],
};

/** The operability functions and system-is-set, which issue 16 changed, scored together. */
async function score(files: Record<string, string>) {
  const context = await functionContext(files, { catalog });
  const functions = defaultFitnessFunctions().filter(
    fn => fn.category === 'operability' || fn.id === 'system-is-set',
  );
  const results = await Promise.all(
    functions.map(fn => evaluateFunction(fn, context)),
  );
  const scored = scoreResults(results, [], context.now);
  return {
    overall: scored.overall,
    level: scored.level,
    failing: results
      .filter(r => r.status !== 'pass' && r.status !== 'not-applicable')
      .map(r => `${r.functionId} (${r.level})`),
  };
}

describe('the golden path before and after issue 16', () => {
  it('keeps gold for a service generated now, with no system', async () => {
    expect(await score(newLayout)).toEqual({
      overall: 100,
      level: 'gold',
      failing: [],
    });
  });

  it('takes every level from a service generated before: its image does not start', async () => {
    expect(await score(oldLayout)).toMatchObject({
      level: undefined,
      failing: [
        'image-imports-app (bronze)',
        'non-root-numeric-user (bronze)',
        'ci-workflow (silver)',
        'pinned-dependencies (silver)',
        'slo-metrics-produced (silver)',
      ],
    });
  });
});
