import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable, dropTables } from '../../../db/schema';

export class Files1764000001100 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    await createTable(qr, {
      name: 'files',
      columns: [col.str('sha256', 64), col.str('contentType', 40), col.int('size'), col.str('name', 200), col.int('uploadedById')],
      indices: [{ columns: ['sha256'], unique: true }],
      foreignKeys: [{ columns: ['uploadedById'], table: 'users' }],
    });
  }

  async down(qr: QueryRunner): Promise<void> {
    await dropTables(qr, ['files']);
  }
}
