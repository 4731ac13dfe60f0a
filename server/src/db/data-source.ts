import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { isDatabaseUnreachable } from '../errors';

/** The entities and migrations to open a database with (the modules' registry gathers them). */
export interface Schema {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: Function[];
}

export type Dialect = 'mysql' | 'sqlite';

export function dialectOf(databaseUrl: string): Dialect {
  return databaseUrl.startsWith('sqlite:') ? 'sqlite' : 'mysql';
}

/**
 * `mysql://user:pass@host:3306/db` (MySQL or MariaDB), `sqlite:path/file.sqlite` or `sqlite::memory:`.
 * MariaDB gets `type: 'mariadb'` so TypeORM does not mis-diff json columns; both speak the same protocol.
 */
export function dataSourceOptions(databaseUrl: string, schema: Schema): DataSourceOptions {
  const common = { ...schema, synchronize: false, logging: false } as const;
  if (dialectOf(databaseUrl) === 'sqlite') {
    const file = databaseUrl.slice('sqlite:'.length);
    if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    return {
      ...common,
      type: 'better-sqlite3',
      database: file,
      // WAL lets readers run beside the writer; busy_timeout makes a second process wait instead of failing.
      prepareDatabase: (db: { pragma(s: string): unknown }) => {
        db.pragma('journal_mode = WAL');
        db.pragma('busy_timeout = 5000');
        db.pragma('foreign_keys = ON');
      },
    };
  }
  const url = new URL(databaseUrl);
  return {
    ...common,
    type: url.searchParams.get('flavor') === 'mysql' ? 'mysql' : 'mariadb',
    host: url.hostname,
    port: Number(url.port || 3306),
    username: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: url.pathname.slice(1),
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    extra: { connectionLimit: Number(url.searchParams.get('pool') ?? 20) },
  };
}

/** The database is there but cannot hold our text: retrying will not help. */
export class DatabaseCharsetError extends Error {}

export async function openDatabase(databaseUrl: string, schema: Schema, { migrate = true } = {}): Promise<DataSource> {
  const ds = new DataSource(dataSourceOptions(databaseUrl, schema));
  await ds.initialize();
  try {
    if (dialectOf(databaseUrl) === 'mysql') await assertUtf8mb4(ds);
    if (migrate) await ds.runMigrations({ transaction: 'each' });
  } catch (err) {
    await ds.destroy();
    throw err;
  }
  return ds;
}

/** Chinese names, and any emoji in a question, need utf8mb4; a latin1 database fails later with a collation error. */
async function assertUtf8mb4(ds: DataSource) {
  const [row] = await ds.query('SELECT DATABASE() AS name, @@character_set_database AS charset, @@collation_database AS collation');
  if (row.charset !== 'utf8mb4')
    throw new DatabaseCharsetError(
      `database \`${row.name}\` uses ${row.charset} (${row.collation}); the service needs utf8mb4: ` +
        `ALTER DATABASE \`${row.name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci (or create it so)`,
    );
}

/**
 * Opens the database, waiting for it up to `waitMs` when it cannot be reached yet (containers start
 * together, the database is often the last one up). A wrong charset or a bad password fails at once.
 */
export async function openDatabaseWhenReady(databaseUrl: string, schema: Schema, o: { waitMs: number; onRetry: (err: unknown, attempt: number) => void }): Promise<DataSource> {
  const deadline = Date.now() + o.waitMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return await openDatabase(databaseUrl, schema);
    } catch (err) {
      if (!isDatabaseUnreachable(err) || Date.now() >= deadline) throw err;
      o.onRetry(err, attempt);
      await new Promise((r) => setTimeout(r, Math.min(5000, 250 * 2 ** Math.min(attempt, 5))));
    }
  }
}
