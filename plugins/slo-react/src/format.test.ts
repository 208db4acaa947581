import { formatPercent, formatRate, formatWindow } from './format';

describe('format', () => {
  it.each([
    [0.999, '99.9 %'],
    [0.9999, '99.99 %'],
    [0.99875, '99.875 %'],
    [1, '100 %'],
    [-0.125, '-12.5 %'],
    [undefined, '–'],
  ])('shows the fraction %s as %s', (fraction, text) => {
    expect(formatPercent(fraction)).toBe(text);
  });

  it.each([
    [300, '5 min'],
    [3600, '1 h'],
    [5400, '90 min'],
    [259200, '3 d'],
    [45, '45 s'],
  ])('shows a window of %s seconds as %s', (seconds, text) => {
    expect(formatWindow(seconds)).toBe(text);
  });

  it('shows burn rates as multiples', () => {
    expect(formatRate(14.4)).toBe('14.4×');
    expect(formatRate(2.345)).toBe('2.35×');
    expect(formatRate(undefined)).toBe('–');
  });
});
