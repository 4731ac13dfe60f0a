import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';

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

export async function openDatabase(databaseUrl: string, schema: Schema, { migrate = true } = {}): Promise<DataSource> {
  const ds = new DataSource(dataSourceOptions(databaseUrl, schema));
  await ds.initialize();
  if (migrate) await ds.runMigrations({ transaction: 'each' });
  return ds;
}
