import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable, dropTables } from '../../../db/schema';

export class ConsoleLogin1764000000250 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    await createTable(qr, {
      name: 'console_login_tickets',
      columns: [
        col.str('scanCodeHash', 64), col.str('pollSecretHash', 64), col.str('status', 12), col.dateTime('expiresAt'),
        col.str('ip', 64), col.str('userAgent', 200), col.int('scannedById', { isNullable: true }),
      ],
      indices: [{ columns: ['scanCodeHash'], unique: true }, { columns: ['expiresAt'] }, { columns: ['ip'] }],
      foreignKeys: [{ columns: ['scannedById'], table: 'users' }],
    });
  }

  async down(qr: QueryRunner): Promise<void> {
    await dropTables(qr, ['console_login_tickets']);
  }
}
