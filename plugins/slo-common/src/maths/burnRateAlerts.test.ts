import {
  burnRateAlertState,
  burnRateAlertWindows,
  shortWindowSeconds,
} from './burnRateAlerts';

const DAY = 86_400;

describe('multi-window, multi-burn-rate alerts', () => {
  it('uses the SRE Workbook windows for a 30-day SLO', () => {
    expect(burnRateAlertWindows(30 * DAY)).toEqual([
      { severity: 'page', factor: 14.4, longSeconds: 3600, shortSeconds: 300 },
      { severity: 'page', factor: 6, longSeconds: 21_600, shortSeconds: 1800 },
      {
        severity: 'ticket',
        factor: 3,
        longSeconds: 86_400,
        shortSeconds: 7200,
      },
      {
        severity: 'ticket',
        factor: 1,
        longSeconds: 259_200,
        shortSeconds: 21_600,
      },
    ]);
  });

  it('scales the windows for other SLO windows and keeps the factors', () => {
    const week = burnRateAlertWindows(7 * DAY);
    expect(week.map(w => [w.factor, w.longSeconds, w.shortSeconds])).toEqual([
      [14.4, 840, 70],
      [6, 5040, 420],
      [3, 20_160, 1680],
      [1, 60_480, 5040],
    ]);
    expect(burnRateAlertWindows(28 * DAY)[0]).toMatchObject({
      longSeconds: 3360,
      shortSeconds: 280,
    });
  });

  it('takes a twelfth of the long window as the short one', () => {
    expect(shortWindowSeconds(3600)).toBe(300);
    expect(shortWindowSeconds(6 * 3600)).toBe(1800);
  });

  it('fires only when both windows burn above the factor', () => {
    expect(
      burnRateAlertState({ longBurnRate: 15, shortBurnRate: 20, factor: 14.4 }),
    ).toBe('firing');
    expect(
      burnRateAlertState({ longBurnRate: 15, shortBurnRate: 10, factor: 14.4 }),
    ).toBe('ok');
    expect(
      burnRateAlertState({
        longBurnRate: 20,
        shortBurnRate: undefined,
        factor: 14.4,
      }),
    ).toBe('no-data');
    expect(
      burnRateAlertState({
        longBurnRate: 6,
        shortBurnRate: 6,
        factor: 6,
        op: 'gte',
      }),
    ).toBe('firing');
    expect(
      burnRateAlertState({ longBurnRate: 6, shortBurnRate: 6, factor: 6 }),
    ).toBe('ok');
  });
});
