/**
 * Nearest-rank percentile: the smallest value v such that at least p % of the data is ≤ v
 * (sorted ascending, index ⌈p/100 × n⌉ − 1). P99.5 of 4,032 five-minute maxima (14 days) is the
 * 4,012th smallest value: the 20 highest intervals (100 minutes) are ignored. NaN (no data) is skipped.
 */
/** Reused work buffer: a fleet of 1,000 instances would otherwise allocate 1,000 copies of its series. */
let scratch = new Float64Array(4032);

export function percentile(values: Float64Array | readonly number[], p: number): number | null {
  if (scratch.length < values.length) scratch = new Float64Array(values.length);
  const data = scratch;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isNaN(v)) data[n++] = v;
  }
  if (n === 0) return null;
  return selectRank(data.subarray(0, n), p);
}

function selectRank(data: Float64Array, p: number): number {
  const rank = Math.max(1, Math.ceil((p / 100) * data.length));
  return select(data, rank - 1);
}

/** k-th smallest (0-based) by quickselect; reorders `data`. */
function select(data: Float64Array, k: number): number {
  let lo = 0;
  let hi = data.length - 1;
  while (lo < hi) {
    const pivot = data[(lo + hi) >> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((data[i] as number) < pivot) i++;
      while ((data[j] as number) > pivot) j--;
      if (i <= j) {
        const t = data[i] as number;
        data[i] = data[j] as number;
        data[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return data[k] as number;
  }
  return data[k] as number;
}

export interface SeriesStats {
  count: number;
  max: number;
  mean: number;
}

export function stats(values: Float64Array): SeriesStats | null {
  let count = 0;
  let max = -Infinity;
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (Number.isNaN(v)) continue;
    count++;
    total += v;
    if (v > max) max = v;
  }
  return count === 0 ? null : { count, max, mean: total / count };
}

/** Mean of each consecutive block of `size` values (one day = 288 five-minute intervals), NaN skipped. */
export function blockMeans(values: Float64Array, size: number): number[] {
  const means: number[] = [];
  for (let start = 0; start < values.length; start += size) {
    let n = 0;
    let total = 0;
    for (let i = start; i < Math.min(values.length, start + size); i++) {
      const v = values[i] as number;
      if (!Number.isNaN(v)) {
        n++;
        total += v;
      }
    }
    if (n > 0) means.push(total / n);
  }
  return means;
}
