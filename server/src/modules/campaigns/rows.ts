import { In, type EntityManager, type EntityTarget } from 'typeorm';

/** Loads the rows with these ids as a map, one query: how a page of items picks up what it refers to. */
export async function byId<T extends { id: number }>(db: EntityManager, entity: EntityTarget<T>, ids: number[]): Promise<Map<number, T>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = (await db.getRepository(entity).findBy({ id: In(unique) } as never)) as T[];
  return new Map(rows.map((r) => [r.id, r]));
}
