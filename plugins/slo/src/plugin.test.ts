import plugin from './plugin';

describe('slo plugin', () => {
  it.each([
    'api:slo',
    'entity-card:slo/slos',
    'entity-card:slo/on-call',
    'entity-content:slo/slos',
    'page:slo',
  ] as const)('provides %s', id => {
    expect(() => plugin.getExtension(id)).not.toThrow();
  });
});
