import { Table, TableIndex, TableForeignKey, type QueryRunner, type TableColumnOptions } from 'typeorm';

/**
 * Helpers for migrations written with TypeORM's Table API, so that one migration set runs on
 * MySQL/MariaDB and SQLite. Only the column types both handle are offered.
 */
export function isMysql(qr: QueryRunner): boolean {
  return qr.connection.driver.options.type !== 'better-sqlite3';
}

export const col = {
  id: (): TableColumnOptions => ({ name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' }),
  int: (name: string, o: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'integer', ...o }),
  bigint: (name: string, o: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'bigint', ...o }),
  str: (name: string, length: number, o: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'varchar', length: String(length), ...o }),
  text: (name: string, o: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'text', ...o }),
  bool: (name: string, o: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'boolean', default: false, ...o }),
  /** simple-json / simple-array columns are text on both dialects. */
  json: (name: string, o: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'text', ...o }),
  dateTime: (name: string, o: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'datetime', precision: 3, ...o }),
};

/** createdAt / updatedAt with a database default, matching BaseEntity. */
export function timestamps(qr: QueryRunner): TableColumnOptions[] {
  const now = isMysql(qr) ? 'CURRENT_TIMESTAMP(3)' : "(strftime('%Y-%m-%d %H:%M:%f', 'now'))";
  return [
    { name: 'createdAt', type: 'datetime', precision: 3, default: now },
    { name: 'updatedAt', type: 'datetime', precision: 3, default: now },
  ];
}

export interface TableSpec {
  name: string;
  columns: TableColumnOptions[];
  indices?: { columns: string[]; unique?: boolean; name?: string }[];
  foreignKeys?: { columns: string[]; table: string; onDelete?: 'CASCADE' | 'SET NULL' | 'RESTRICT' }[];
}

/** Creates a table with id, the given columns, timestamps, indexes and foreign keys. */
export async function createTable(qr: QueryRunner, spec: TableSpec): Promise<void> {
  await qr.createTable(
    new Table({
      name: spec.name,
      columns: [col.id(), ...spec.columns, ...timestamps(qr)],
      indices: (spec.indices ?? []).map(
        (i) => new TableIndex({ name: i.name ?? `${i.unique ? 'UQ' : 'IDX'}_${spec.name}_${i.columns.join('_')}`, columnNames: i.columns, isUnique: !!i.unique }),
      ),
      foreignKeys: (spec.foreignKeys ?? []).map(
        (f) =>
          new TableForeignKey({
            name: `FK_${spec.name}_${f.columns.join('_')}`,
            columnNames: f.columns,
            referencedTableName: f.table,
            referencedColumnNames: ['id'],
            onDelete: f.onDelete ?? 'RESTRICT',
          }),
      ),
    }),
  );
}

export async function dropTables(qr: QueryRunner, names: string[]): Promise<void> {
  for (const name of names) await qr.dropTable(name, true);
}
