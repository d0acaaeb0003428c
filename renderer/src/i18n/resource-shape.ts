/**
 * The same nested keys with any string values: a translation must have exactly the keys of the Korean text.
 * `Plural` names the dotted keys (e.g. 'update.reportTitle') whose English words depend on {{count}}: the
 * translation has them as the i18next plural keys `key_one` ("1 line") and `key_other` ("2 lines") instead of
 * `key`. Korean says every count the same way and keeps the plain key, which i18next falls back to.
 */
export type SameKeys<T, Plural extends string = never, Prefix extends string = ''> = {
  [
    K in keyof T & string as T[K] extends string
      ? `${Prefix}${K}` extends Plural
        ? `${K}_one` | `${K}_other`
        : K
      : K
  ]: T[K] extends string ? string : SameKeys<T[K], Plural, `${Prefix}${K}.`>;
};
