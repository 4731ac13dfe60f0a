import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable, dropTables } from '../../../db/schema';

export class Audit1764000000400 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    await createTable(qr, {
      name: 'audit_logs',
      columns: [
        col.int('actorId'), col.str('action', 60), col.str('entityType', 40), col.int('entityId'), col.str('organizationPath', 255),
        col.json('before', { isNullable: true }), col.json('after', { isNullable: true }),
      ],
      indices: [{ columns: ['organizationPath', 'id'] }, { columns: ['entityType', 'entityId'] }],
    });
  }

  async down(qr: QueryRunner): Promise<void> {
    await dropTables(qr, ['audit_logs']);
  }
}
