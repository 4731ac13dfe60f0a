import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable, dropTables } from '../../../db/schema';

export class Points1764000002000 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    await createTable(qr, {
      name: 'point_entries',
      columns: [
        col.int('userId'), col.int('delta'), col.str('reason', 200), col.str('sourceType', 30), col.int('sourceId'),
        col.int('organizationId'), col.str('organizationPath', 255),
      ],
      indices: [
        { columns: ['userId', 'sourceType', 'sourceId'], unique: true },
        { columns: ['userId', 'createdAt'] },
        { columns: ['organizationPath', 'createdAt'] },
      ],
      foreignKeys: [{ columns: ['userId'], table: 'users' }, { columns: ['organizationId'], table: 'organizations' }],
    });
  }

  async down(qr: QueryRunner): Promise<void> {
    await dropTables(qr, ['point_entries']);
  }
}
