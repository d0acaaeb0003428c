/** JSON text as written to pricing-data/: 1-space indentation and a trailing newline (byte-reproducible). */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 1)}\n`;
}

/** Code-point order: independent of the machine's locale, so the output bytes never change. */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A copy of `record` with its keys in code-point order. */
export function sortedRecord<V>(record: Readonly<Record<string, V>>): Record<string, V> {
  const out: Record<string, V> = {};
  for (const key of Object.keys(record).sort(byCodePoint)) out[key] = record[key] as V;
  return out;
}
