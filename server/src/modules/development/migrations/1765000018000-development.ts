import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable, dropTables } from '../../../db/schema';

export class Development1765000018000 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    await createTable(qr, {
      name: 'applicants',
      columns: [
        col.int('organizationId'), col.str('organizationPath', 255), col.str('name', 30), col.str('birthDate', 10), col.dateTime('appliedAt'),
        col.str('stage', 15), col.dateTime('stageAt'), col.str('disqualifiedCode', 20, { isNullable: true }), col.text('disqualifiedNote', { isNullable: true }),
        col.dateTime('disqualifiedAt', { isNullable: true }),
      ],
      indices: [{ columns: ['organizationPath', 'stage'] }],
      foreignKeys: [{ columns: ['organizationId'], table: 'organizations' }],
    });
    await createTable(qr, {
      name: 'applicant_steps',
      columns: [col.int('applicantId'), col.str('stage', 15), col.dateTime('at'), col.text('note'), col.json('evidence'), col.int('recordedById')],
      indices: [{ columns: ['applicantId', 'stage'], unique: true }],
      foreignKeys: [{ columns: ['applicantId'], table: 'applicants', onDelete: 'CASCADE' }],
    });
    await createTable(qr, {
      name: 'applicant_points',
      columns: [col.int('applicantId'), col.int('organizationId'), col.int('year'), col.int('delta'), col.str('reason', 200), col.int('recordedById')],
      indices: [{ columns: ['organizationId', 'year', 'applicantId'] }, { columns: ['applicantId', 'createdAt'] }],
      foreignKeys: [{ columns: ['applicantId'], table: 'applicants', onDelete: 'CASCADE' }],
    });
    await createTable(qr, {
      name: 'disqualifying_conditions',
      columns: [col.str('code', 20), col.str('title', 200)],
      indices: [{ columns: ['code'], unique: true }],
    });
    await createTable(qr, {
      name: 'activist_recommendations',
      columns: [
        col.int('organizationId'), col.str('organizationPath', 255), col.int('year'), col.int('seats'), col.str('status', 10), col.json('candidates'),
        col.int('voteId', { isNullable: true }), col.int('noticeId', { isNullable: true }), col.json('chosen', { isNullable: true }), col.json('promoted', { isNullable: true }),
      ],
      indices: [{ columns: ['organizationId', 'year'], unique: true }],
      foreignKeys: [{ columns: ['organizationId'], table: 'organizations' }, { columns: ['voteId'], table: 'votes' }],
    });
  }

  async down(qr: QueryRunner): Promise<void> {
    await dropTables(qr, ['activist_recommendations', 'disqualifying_conditions', 'applicant_points', 'applicant_steps', 'applicants']);
  }
}
