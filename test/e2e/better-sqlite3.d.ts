// The part of better-sqlite3 the e2e tests use to change rows behind the service's back (the
// package ships no types; the service reaches it only through TypeORM).
declare module 'better-sqlite3' {
  interface Statement {
    run(...params: unknown[]): { changes: number };
    all(...params: unknown[]): unknown[];
    get(...params: unknown[]): unknown;
  }
  class Database {
    constructor(filename: string);
    prepare(sql: string): Statement;
    pragma(source: string): unknown;
    transaction<T extends (...args: never[]) => unknown>(fn: T): T;
    close(): void;
  }
  export default Database;
}
