import { z } from 'zod';

/** Output pieces every presenter schema uses: ids and counts are integers, instants ISO-8601 in UTC (`toISOString()`). */
export const Int = z.number().int();
export const Instant = z.iso.datetime();
/** A rate with four decimals, 0–1. */
export const Rate = z.number().min(0).max(1);

/** An object with exactly these keys, each a `value` (a record over an enum, with its keys written out for the app's types). */
export const recordOf = <K extends string, V extends z.ZodType>(keys: readonly K[], value: V) =>
  z.object(Object.fromEntries(keys.map((k) => [k, value])) as Record<K, V>);
