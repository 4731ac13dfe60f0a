import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable, dropTables } from '../../../db/schema';

export class Commitments1765000003000 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    await createTable(qr, {
      name: 'commitments',
      columns: [
        col.int('authorUserId'), col.str('kind', 10), col.int('year'), col.int('organizationId'), col.str('organizationPath', 255),
        col.str('authorName', 30), col.text('content'),
      ],
      indices: [{ columns: ['authorUserId', 'organizationId', 'year'], unique: true }, { columns: ['organizationPath', 'year'] }],
      foreignKeys: [{ columns: ['authorUserId'], table: 'users' }, { columns: ['organizationId'], table: 'organizations' }],
    });
    await createTable(qr, {
      name: 'commitment_fulfilments',
      columns: [col.int('commitmentId'), col.text('note')],
      indices: [{ columns: ['commitmentId', 'createdAt'] }],
      foreignKeys: [{ columns: ['commitmentId'], table: 'commitments', onDelete: 'CASCADE' }],
    });
  }

  async down(qr: QueryRunner): Promise<void> {
    await dropTables(qr, ['commitment_fulfilments', 'commitments']);
  }
}
