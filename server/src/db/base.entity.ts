import { CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, type ColumnOptions } from 'typeorm';

/** Millisecond datetimes, stored UTC (the MySQL connection runs with timezone Z). */
export const dateTime = (options: ColumnOptions = {}): ColumnOptions => ({ type: 'datetime', precision: 3, ...options });

/** id, createdAt and updatedAt: the columns every table has. */
export abstract class BaseEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @CreateDateColumn(dateTime())
  createdAt: Date;

  @UpdateDateColumn(dateTime())
  updatedAt: Date;
}

/** A datetime read raw (MIN(), a raw select) comes back as a Date (MySQL) or a UTC `YYYY-MM-DD HH:MM:SS.SSS` string (SQLite). */
export const rawDate = (v: string | Date): Date => (v instanceof Date ? v : new Date(`${v.replace(' ', 'T')}Z`));
