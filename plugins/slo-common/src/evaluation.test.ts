import { objectiveStatus, worstStatus } from './evaluation';

describe('objective status', () => {
  it('ranks exhausted over burning over warning over ok', () => {
    expect(
      objectiveStatus({ budgetRemaining: -0.1, alerts: [{ state: 'firing' }] }),
    ).toBe('exhausted');
    expect(
      objectiveStatus({ budgetRemaining: 0.9, alerts: [{ state: 'firing' }] }),
    ).toBe('burning');
    expect(
      objectiveStatus({ budgetRemaining: 0.2, alerts: [{ state: 'ok' }] }),
    ).toBe('warning');
    expect(objectiveStatus({ budgetRemaining: 0.9, alerts: [] })).toBe('ok');
  });

  it('rolls objectives up to the worst status', () => {
    expect(worstStatus(['ok', 'burning', 'warning'])).toBe('burning');
    expect(worstStatus(['ok', 'unreachable', 'exhausted'])).toBe('unreachable');
    expect(worstStatus([])).toBe('ok');
  });
});
