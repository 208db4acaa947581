import { alertPolicyNames } from './alertPolicyNames';

describe('alertPolicyNames', () => {
  it('reads every form OpenSLO allows', () => {
    expect(
      alertPolicyNames({
        alertPolicies: [
          'by-name',
          { alertPolicyRef: 'by-ref' },
          {
            kind: 'AlertPolicy',
            metadata: { name: 'inline' },
            spec: { conditions: [] },
          },
        ],
      }),
    ).toEqual(['by-name', 'by-ref', 'inline']);
  });

  it('lists none for a spec it cannot read', () => {
    expect(alertPolicyNames(undefined)).toEqual([]);
    expect(alertPolicyNames({ alertPolicies: 'x' })).toEqual([]);
    expect(alertPolicyNames({ alertPolicies: [null, 3, {}, ''] })).toEqual([]);
  });
});
