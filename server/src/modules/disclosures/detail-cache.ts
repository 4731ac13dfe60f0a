import type { DataSource } from 'typeorm';
import type { Deps } from '../../deps';
import type { z } from 'zod';
import { ExpiringCache } from '../../core/expiring-cache';
import type { Disclosure } from './present';

export type Presented = z.infer<typeof Disclosure>;

/**
 * Published and withdrawn disclosures as presented, kept READ_CACHE_MS (5 s) per process: a popular one is
 * answered from memory. Their content never changes; only a withdrawal or a correction (its
 * `supersededById`) does, and the process that makes it forgets the entry at once — others show it
 * within READ_CACHE_MS, as a revoked admin is refused within the actor cache's 5 s. The views counted
 * here while an entry is cached are added to the count it was loaded with.
 */
const caches = new WeakMap<DataSource, ExpiringCache<number, { shown: Presented; viewsSince: number }>>();

export function detailCache(deps: Deps) {
  let cache = caches.get(deps.db);
  if (!cache) caches.set(deps.db, (cache = new ExpiringCache(deps.config.readCacheMs, 10_000)));
  return cache;
}

/** After a withdrawal or a correction here: the next read loads the disclosure again. */
export const forgetDisclosure = (deps: Deps, id: number) => detailCache(deps).delete(id);
