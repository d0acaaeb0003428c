type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isLeaf(value: Json): value is null | boolean | number | string {
  return value === null || typeof value !== 'object';
}

function format(value: Json, indent: string): string {
  if (isLeaf(value)) return JSON.stringify(value);
  const entries: Array<[string | null, Json]> = Array.isArray(value)
    ? value.map((v) => [null, v])
    : Object.entries(value);
  const open = Array.isArray(value) ? '[' : '{';
  const close = Array.isArray(value) ? ']' : '}';
  if (entries.length === 0) return open + close;
  const item = ([key, v]: [string | null, Json], inner: string) =>
    `${key === null ? '' : `${JSON.stringify(key)}: `}${format(v, inner)}`;
  if (entries.every(([, v]) => isLeaf(v)))
    return `${open}${entries.map((e) => item(e, '')).join(', ')}${close}`;
  const inner = `${indent} `;
  return `${open}\n${entries.map((e) => inner + item(e, inner)).join(',\n')}\n${indent}${close}`;
}

/**
 * JSON text as written to pricing-data/: 1-space indentation, objects and arrays holding only plain values
 * on one line (one price or spec row per line keeps files small and diffs readable), trailing newline.
 * Byte-reproducible: key order is the order the generator built.
 */
export function toJsonText(value: unknown): string {
  return `${format(JSON.parse(JSON.stringify(value)) as Json, '')}\n`;
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
