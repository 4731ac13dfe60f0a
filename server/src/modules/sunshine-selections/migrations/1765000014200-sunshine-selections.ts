import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable, dropTables } from '../../../db/schema';

export class SunshineSelections1765000014200 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    await createTable(qr, {
      name: 'sunshine_selections',
      columns: [
        col.int('organizationId'), col.int('year'), col.int('seats'), col.str('status', 12),
        col.int('voteId', { isNullable: true }), col.dateTime('voteOpensAt', { isNullable: true }), col.dateTime('voteClosesAt', { isNullable: true }),
        col.int('noticeId', { isNullable: true }), col.dateTime('noticeStartsAt', { isNullable: true }), col.dateTime('noticeEndsAt', { isNullable: true }),
        col.dateTime('finalizedAt', { isNullable: true }), col.int('createdById'),
      ],
      indices: [{ columns: ['organizationId', 'year'], unique: true }],
      foreignKeys: [
        { columns: ['organizationId'], table: 'organizations' }, { columns: ['voteId'], table: 'votes' },
        { columns: ['noticeId'], table: 'public_notices' }, { columns: ['createdById'], table: 'users' },
      ],
    });
    await createTable(qr, {
      name: 'selection_candidates',
      columns: [
        col.int('selectionId'), col.int('memberId'), col.str('name', 30), col.int('organizationId'), col.int('rank'), col.int('points'),
        col.int('stars', { isNullable: true }), col.int('optionId', { isNullable: true }), col.int('votes', { isNullable: true }),
        col.bool('winner'), col.bool('dropped'),
      ],
      indices: [{ columns: ['selectionId', 'memberId'], unique: true }],
      foreignKeys: [{ columns: ['selectionId'], table: 'sunshine_selections' }, { columns: ['memberId'], table: 'party_members' }],
    });
  }

  async down(qr: QueryRunner): Promise<void> {
    await dropTables(qr, ['selection_candidates', 'sunshine_selections']);
  }
}
