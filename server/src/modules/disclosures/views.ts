import type { DataSource } from 'typeorm';
import type { Deps } from '../../deps';
import { perDatabase } from '../../core/expiring-cache';
import { Disclosure } from './entities';

/**
 * View counts are not an invariant, and a popular disclosure must not turn every public read into
 * a write on one hot row. Each process counts views in memory and a job adds them to the database
 * in one increment per disclosure. A crash loses at most one interval's views; that is the price.
 */
const bufferOf = perDatabase<DataSource, Map<number, number>>(() => new Map());

/** Counts a view; answers the views not yet flushed, so the reader sees their own view counted. */
export function countView(db: DataSource, disclosureId: number): number {
  const buffer = bufferOf(db);
  const n = (buffer.get(disclosureId) ?? 0) + 1;
  buffer.set(disclosureId, n);
  return n;
}

export async function flushViews(deps: Deps): Promise<number> {
  const buffer = bufferOf(deps.db);
  const batch = [...buffer];
  buffer.clear();
  for (const [id, n] of batch) {
    // An increment in one statement: several processes flushing at once all add up.
    await deps.db.createQueryBuilder().update(Disclosure).set({ viewCount: () => `viewCount + ${Number(n)}` }).where('id = :id', { id }).updateEntity(false).execute();
  }
  return batch.length;
}
