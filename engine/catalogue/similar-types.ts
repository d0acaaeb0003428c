/**
 * Catalogue types close to a mistyped one ("t3.mirco", "m5large", "M5.2XL"), for "not in the catalogue"
 * messages: a few likely corrections beat a bare "unknown type".
 */

/** Short size spellings people type, as the catalogue writes them. */
const SIZE_SPELLINGS: readonly (readonly [RegExp, string])[] = [
  [/\.(\d*)xl$/, '.$1xlarge'],
  [/\.med$/, '.medium'],
  [/\.lg$/, '.large'],
  [/\.sm$/, '.small'],
];

/** Edits (insert, delete, substitute, swap two neighbours) from `a` to `b`, or `limit + 1` once past `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** How many leading characters two names share ("m6.large" and "m6g.large": 2). */
function sharedPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Up to `max` catalogue types that `input` was probably meant to be: the same name in other case or with a
 * short size spelling, else the closest types within one edit (two for names longer than six characters),
 * those sharing the longest start with the input first, then in catalogue order. Empty when nothing is close.
 */
export function similarTypes(input: string, types: readonly string[], max = 3): string[] {
  const wanted = input.trim().toLowerCase().replace(/\s+/g, '');
  if (wanted === '') return [];
  const known = new Set(types);
  const respelled = SIZE_SPELLINGS.reduce((name, [pattern, full]) => name.replace(pattern, full), wanted);
  for (const form of [wanted, respelled]) if (form !== input && known.has(form)) return [form];
  const limit = wanted.length > 6 ? 2 : 1;
  const close = types
    .map((type, order) => ({ type, order, distance: editDistance(wanted, type, limit) }))
    .filter((c) => c.distance <= limit && c.type !== wanted);
  const best = Math.min(...close.map((c) => c.distance));
  return close
    .filter((c) => c.distance === best)
    .map((c) => ({ ...c, shared: sharedPrefix(wanted, c.type) }))
    .sort((a, b) => b.shared - a.shared || a.order - b.order)
    .slice(0, max)
    .map((c) => c.type);
}

/** "; similar types: t3.micro" and " (비슷한 유형: t3.micro)" to end a not-in-the-catalogue message, or nothing. */
export function similarTypesSuffix(input: string, types: readonly string[]): { en: string; ko: string } {
  const similar = similarTypes(input, types).join(', ');
  return similar === ''
    ? { en: '', ko: '' }
    : { en: `; similar types: ${similar}`, ko: ` (비슷한 유형: ${similar})` };
}
