import type { MigrationInterface, QueryRunner } from 'typeorm';
import { TableColumn } from 'typeorm';
import { col, createTable, dropTables } from '../../../db/schema';

/**
 * Roles move from the comma-separated `users.roles` column to a row each (`user_roles`), and an
 * appointment records who made it (`admin_scopes.grantedById`).
 */
export class UserRoles1764000000210 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    await createTable(qr, {
      name: 'user_roles',
      columns: [col.int('userId'), col.str('role', 20)],
      indices: [{ columns: ['userId', 'role'], unique: true }],
      foreignKeys: [{ columns: ['userId'], table: 'users', onDelete: 'CASCADE' }],
    });
    const users: { id: number; roles: string | null }[] = await qr.query(`SELECT id, roles FROM users WHERE roles IS NOT NULL AND roles <> ''`);
    for (const u of users)
      for (const role of new Set(u.roles!.split(',').filter(Boolean))) await qr.query('INSERT INTO user_roles (userId, role) VALUES (?, ?)', [u.id, role]);
    await qr.dropColumn('users', 'roles');
    await qr.addColumn('admin_scopes', new TableColumn(col.int('grantedById', { isNullable: true })));
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropColumn('admin_scopes', 'grantedById');
    await qr.addColumn('users', new TableColumn(col.text('roles', { isNullable: true })));
    const rows: { userId: number; roles: string }[] = await qr.query('SELECT userId, GROUP_CONCAT(role) AS roles FROM user_roles GROUP BY userId');
    for (const r of rows) await qr.query('UPDATE users SET roles = ? WHERE id = ?', [r.roles, r.userId]);
    await dropTables(qr, ['user_roles']);
  }
}
