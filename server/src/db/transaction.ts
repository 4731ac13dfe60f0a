import { Mutex } from 'async-mutex';
import type { DataSource, EntityManager } from 'typeorm';

const sqliteWriters = new WeakMap<DataSource, Mutex>();

/**
 * Runs `work` in a transaction. On MySQL each transaction has its own pooled connection. SQLite has
 * one connection per process, and TypeORM would nest two concurrent transactions as savepoints of
 * each other, so on SQLite transactions take turns (SQLite allows one writer at a time anyway).
 */
export async function inTransaction<T>(db: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  if (db.options.type !== 'better-sqlite3') return db.transaction(work);
  let mutex = sqliteWriters.get(db);
  if (!mutex) sqliteWriters.set(db, (mutex = new Mutex()));
  return mutex.runExclusive(() => db.transaction(work));
}
