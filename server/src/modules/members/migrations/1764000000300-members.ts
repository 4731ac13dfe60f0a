import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable, dropTables } from '../../../db/schema';

export class Members1764000000300 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    await createTable(qr, {
      name: 'party_members',
      columns: [col.int('userId', { isNullable: true }), col.str('name', 30), col.str('phone', 20), col.int('organizationId')],
      indices: [{ columns: ['userId'], unique: true }, { columns: ['organizationId'] }],
      foreignKeys: [{ columns: ['userId'], table: 'users' }, { columns: ['organizationId'], table: 'organizations' }],
    });
    await createTable(qr, {
      name: 'member_bindings',
      columns: [
        col.int('userId'), col.int('pendingUserId', { isNullable: true }), col.str('name', 30), col.str('phone', 20), col.int('organizationId'),
        col.str('status', 10), col.int('reviewerId', { isNullable: true }), col.dateTime('reviewedAt', { isNullable: true }), col.str('rejectReason', 200, { isNullable: true }),
      ],
      indices: [{ columns: ['userId'] }, { columns: ['pendingUserId'], unique: true }, { columns: ['organizationId', 'status'] }],
      foreignKeys: [{ columns: ['userId'], table: 'users' }, { columns: ['organizationId'], table: 'organizations' }],
    });
  }

  async down(qr: QueryRunner): Promise<void> {
    await dropTables(qr, ['member_bindings', 'party_members']);
  }
}
