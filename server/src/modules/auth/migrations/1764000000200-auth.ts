import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable, dropTables } from '../../../db/schema';

export class Auth1764000000200 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    await createTable(qr, {
      name: 'users',
      columns: [col.str('openid', 64), col.str('nickname', 50), col.text('roles')],
      indices: [{ columns: ['openid'], unique: true }],
    });
    await createTable(qr, {
      name: 'admin_scopes',
      columns: [col.int('userId'), col.int('organizationId')],
      indices: [{ columns: ['userId', 'organizationId'], unique: true }],
      foreignKeys: [{ columns: ['userId'], table: 'users' }, { columns: ['organizationId'], table: 'organizations' }],
    });
  }

  async down(qr: QueryRunner): Promise<void> {
    await dropTables(qr, ['admin_scopes', 'users']);
  }
}
