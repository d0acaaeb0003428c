export type FieldPath = readonly (string | number)[];

export const pathKey = (path: FieldPath): string => path.join('.');

/** A copy of `target` with `value` at `path` (undefined deletes the key); untouched branches are shared. */
export function setIn<T>(target: T, path: FieldPath, value: unknown): T {
  const [head, ...rest] = path;
  if (head === undefined) return value as T;
  const source = (target ?? {}) as Record<string | number, unknown>;
  const copy = (Array.isArray(source) ? [...(source as unknown[])] : { ...source }) as Record<
    string | number,
    unknown
  >;
  const next = rest.length === 0 ? value : setIn(source[head], rest, value);
  if (next === undefined && !Array.isArray(copy)) delete copy[head];
  else copy[head] = next;
  return copy as T;
}

export function getIn(target: unknown, path: FieldPath): unknown {
  let current = target;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}
