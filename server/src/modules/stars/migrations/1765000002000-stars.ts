import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable, dropTables } from '../../../db/schema';

export class Stars1765000002000 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    await createTable(qr, {
      name: 'member_reviews',
      columns: [col.int('memberId'), col.int('year'), col.str('result', 20), col.int('recordedBy')],
      indices: [{ columns: ['memberId', 'year'], unique: true }],
      foreignKeys: [{ columns: ['memberId'], table: 'party_members' }, { columns: ['recordedBy'], table: 'users' }],
    });
    await createTable(qr, {
      name: 'star_ratings',
      columns: [
        col.int('memberId'), col.int('year'), col.int('organizationId'), col.str('organizationPath', 255), col.int('stars'), col.int('points'),
        col.str('review', 20, { isNullable: true }), col.str('reason', 200),
      ],
      indices: [{ columns: ['memberId', 'year'], unique: true }, { columns: ['organizationPath', 'year'] }],
      foreignKeys: [{ columns: ['memberId'], table: 'party_members' }, { columns: ['organizationId'], table: 'organizations' }],
    });
  }

  async down(qr: QueryRunner): Promise<void> {
    await dropTables(qr, ['star_ratings', 'member_reviews']);
  }
}
