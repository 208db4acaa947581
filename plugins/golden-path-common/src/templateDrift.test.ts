import { templateDrift } from './templateDrift';

describe('templateDrift', () => {
  it.each([
    ['0.3.0', '0.3.0', { drift: 'current', version: '0.3.0' }],
    ['0.4.0', '0.3.0', { drift: 'current', version: '0.4.0' }],
    [
      '0.2.0',
      '0.3.0',
      { drift: 'behind', from: '0.2.0', to: '0.3.0', majors: 0 },
    ],
    [
      '1.2.9',
      '1.3.0',
      { drift: 'behind', from: '1.2.9', to: '1.3.0', majors: 0 },
    ],
    [
      '1.3.0',
      '1.3.1',
      { drift: 'behind', from: '1.3.0', to: '1.3.1', majors: 0 },
    ],
    [
      '0.3.0',
      '1.0.0',
      { drift: 'major', from: '0.3.0', to: '1.0.0', majors: 1 },
    ],
    [
      '1.0.0',
      '3.0.1',
      { drift: 'major', from: '1.0.0', to: '3.0.1', majors: 2 },
    ],
    [
      '1.0.0-rc.1',
      '1.0.0',
      { drift: 'behind', from: '1.0.0-rc.1', to: '1.0.0', majors: 0 },
    ],
    [undefined, '1.0.0', { drift: 'unknown', reason: 'generated-not-semver' }],
    ['one', '1.0.0', { drift: 'unknown', reason: 'generated-not-semver' }],
    ['1.0.0', undefined, { drift: 'unknown', reason: 'no-current' }],
    ['1.0.0', 'latest', { drift: 'unknown', reason: 'current-not-semver' }],
  ])('generated %s, current %s', (generated, current, report) => {
    expect(templateDrift(generated, current)).toEqual(report);
  });
});
