import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable, dropTables } from '../../../db/schema';

export class Reminders1764000005100 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    await createTable(qr, {
      name: 'reminders',
      columns: [col.str('kind', 20), col.str('subject', 60), col.int('userId'), col.str('status', 10), col.int('errcode', { isNullable: true })],
      indices: [{ columns: ['kind', 'subject', 'userId'], unique: true }],
      foreignKeys: [{ columns: ['userId'], table: 'users' }],
    });
  }

  async down(qr: QueryRunner): Promise<void> {
    await dropTables(qr, ['reminders']);
  }
}
