/** The same nested keys with any string values: a translation must have exactly the keys of the Korean text. */
export type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };
