/**
 * Records keyed by data (tags, slugs, question ids) as null-prototype objects, so `__proto__`,
 * `constructor` or `prototype` are keys like any other: written, they are not swallowed by the
 * prototype's setter, and read, an absent key finds nothing instead of an inherited function.
 * They stay plain JSON, which is why they are objects and not Maps in saved state.
 */

/** A new null-prototype record holding `entries`. */
export function keyedRecord<T>(entries: Iterable<readonly [string, T]> = []): Record<string, T> {
  const record = Object.create(null) as Record<string, T>;
  for (const [key, value] of entries) record[key] = value;
  return record;
}

/** A null-prototype copy of `record` with `key` set to `value`. */
export function withKey<T>(record: Readonly<Record<string, T>>, key: string, value: T): Record<string, T> {
  const copy = keyedRecord(Object.entries(record));
  copy[key] = value;
  return copy;
}

/** A null-prototype copy of any record (one JSON.parse made, for instance). */
export function toKeyedRecord<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  return keyedRecord(Object.entries(record));
}
