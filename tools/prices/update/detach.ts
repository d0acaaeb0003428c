/**
 * A copy of `s` that does not keep its source alive. Strings cut out of a 1 MB parser chunk are views
 * into that chunk in V8; storing one (a SKU, a price) would keep the whole chunk in memory.
 */
export function detach(s: string): string {
  return (' ' + s).slice(1);
}
