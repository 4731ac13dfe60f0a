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
