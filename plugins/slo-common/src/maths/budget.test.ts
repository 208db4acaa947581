import {
  burnRate,
  errorBudgetRemaining,
  sliFromCounts,
  timeslicesBudgetRemaining,
  timeToExhaustion,
} from './budget';

const THIRTY_DAYS = 2_592_000;

describe('error budget maths (SRE Workbook numbers, computed by hand)', () => {
  it('computes the SLI of occurrence counts, and none without traffic', () => {
    expect(sliFromCounts(999_500, 1_000_000)).toBe(0.9995);
    expect(sliFromCounts(0, 0)).toBeUndefined();
    expect(sliFromCounts(Number.NaN, 10)).toBeUndefined();
  });

  it('computes the Occurrences budget remaining, overspent below zero', () => {
    expect(errorBudgetRemaining(0.9995, 0.999)).toBeCloseTo(0.5, 12);
    expect(errorBudgetRemaining(0.999, 0.999)).toBeCloseTo(0, 12);
    expect(errorBudgetRemaining(0.998, 0.999)).toBeCloseTo(-1, 12);
    expect(errorBudgetRemaining(1, 0.999)).toBe(1);
  });

  it('computes the Timeslices budget: 108 bad of 43,200 minutes at 99 % leaves 75 %', () => {
    expect(
      timeslicesBudgetRemaining({
        badSlices: 108,
        totalSlices: 43_200,
        target: 0.99,
      }),
    ).toBeCloseTo(0.75, 12);
    expect(
      timeslicesBudgetRemaining({
        badSlices: 432,
        totalSlices: 43_200,
        target: 0.99,
      }),
    ).toBeCloseTo(0, 12);
  });

  it('computes burn rates: a 1.44 % error ratio burns a 99.9 % SLO 14.4 times too fast', () => {
    expect(burnRate(0.0144, 0.999)).toBeCloseTo(14.4, 9);
    expect(burnRate(0.001, 0.999)).toBeCloseTo(1, 9);
    expect(burnRate(0, 0.999)).toBe(0);
  });

  it('computes time to exhaustion: a full 30-day budget at 14.4 lasts 2.08 days', () => {
    expect(
      timeToExhaustion({
        remaining: 1,
        burnRate: 14.4,
        windowSeconds: THIRTY_DAYS,
      }),
    ).toBeCloseTo(180_000, 6);
    expect(
      timeToExhaustion({
        remaining: 0.5,
        burnRate: 6,
        windowSeconds: THIRTY_DAYS,
      }),
    ).toBeCloseTo(216_000, 6);
    expect(
      timeToExhaustion({
        remaining: -0.2,
        burnRate: 3,
        windowSeconds: THIRTY_DAYS,
      }),
    ).toBe(0);
    expect(
      timeToExhaustion({
        remaining: 0.5,
        burnRate: 0,
        windowSeconds: THIRTY_DAYS,
      }),
    ).toBeUndefined();
  });
});
