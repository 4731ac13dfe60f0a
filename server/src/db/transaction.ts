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

const takesTurns = (m: EntityManager) => m.connection.options.type === 'better-sqlite3';

/**
 * Inside a transaction: holds one row's write lock until it ends (`SELECT … FOR UPDATE`), so
 * transactions that would otherwise collide on a derived value (the next sequence number of a
 * community's chain) wait their turn instead. On SQLite transactions already take turns.
 */
export async function lockRow(m: EntityManager, table: string, id: number): Promise<void> {
  if (!takesTurns(m)) await m.query(`SELECT id FROM \`${table}\` WHERE id = ? FOR UPDATE`, [id]);
}

/**
 * The `lock` of a find that must see the latest committed row, not the transaction's snapshot
 * (a plain read after waiting for a lock still sees the world from before the wait).
 */
export const latestCommitted = (m: EntityManager) => (takesTurns(m) ? undefined : { mode: 'pessimistic_write' as const });
