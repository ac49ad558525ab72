// Medians and ratios: on a shared machine single runs are noise, the middle of
// several alternating runs and the ratio between sides are what can be compared.

export const median = (values: readonly number[]): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

// Nearest-rank percentile of already sorted values.
export const percentile = (sorted: readonly number[], fraction: number): number =>
  sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? 0);

export const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);

export const formatNumber = (value: number, digits = 0): string =>
  Number.isFinite(value)
    ? value.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : '–';

export const formatRatio = (value: number): string => (Number.isFinite(value) ? `${formatNumber(value, 2)}×` : '–');
