const percent = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

/** A fraction as a percentage: `0.999` → `99.9 %`; `–` when unknown. */
export function formatPercent(fraction: number | undefined): string {
  return fraction === undefined ? '–' : `${percent.format(fraction * 100)} %`;
}

const rate = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A burn rate or factor: `14.4` → `14.4×`; `–` when unknown. */
export function formatRate(value: number | undefined): string {
  return value === undefined ? '–' : `${rate.format(value)}×`;
}

const UNITS: [number, string][] = [
  [86400, 'd'],
  [3600, 'h'],
  [60, 'min'],
];

/** An alert window in the largest whole unit: `3600` → `1 h`, `300` → `5 min`. */
export function formatWindow(seconds: number): string {
  for (const [size, unit] of UNITS) {
    if (seconds >= size && seconds % size === 0)
      return `${seconds / size} ${unit}`;
  }
  return `${seconds} s`;
}
