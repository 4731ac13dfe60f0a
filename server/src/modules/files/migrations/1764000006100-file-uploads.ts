import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable, dropTables } from '../../../db/schema';

/** Who has uploaded each file: the same bytes are stored once, but each uploader holds them. */
export class FileUploads1764000006100 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    await createTable(qr, {
      name: 'file_uploads',
      columns: [col.int('fileId'), col.int('userId')],
      indices: [{ columns: ['fileId', 'userId'], unique: true }],
      foreignKeys: [{ columns: ['fileId'], table: 'files' }, { columns: ['userId'], table: 'users' }],
    });
  }

  async down(qr: QueryRunner): Promise<void> {
    await dropTables(qr, ['file_uploads']);
  }
}
