// Medians, named by what they give for an even count.

// The mean of the two middle values (the statistician's median); NaN for none.
export function medianMean(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

// The upper of the two middle values: always one of the values (a run that
// really happened, as verify reports its wall time); 0 for none.
export function medianUpper(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
