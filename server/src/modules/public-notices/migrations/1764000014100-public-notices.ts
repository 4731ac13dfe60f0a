import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable, dropTables } from '../../../db/schema';

export class PublicNotices1764000014100 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    await createTable(qr, {
      name: 'public_notices',
      columns: [
        col.int('organizationId'), col.str('title', 100), col.text('body'), col.json('items'), col.dateTime('startsAt'), col.dateTime('endsAt'),
        col.str('subjectType', 30, { isNullable: true }), col.int('subjectId', { isNullable: true }), col.int('createdById'),
      ],
      indices: [{ columns: ['organizationId', 'endsAt'] }, { columns: ['subjectType', 'subjectId'] }],
      foreignKeys: [{ columns: ['organizationId'], table: 'organizations' }, { columns: ['createdById'], table: 'users' }],
    });
    await createTable(qr, {
      name: 'objections',
      columns: [
        col.int('noticeId'), col.int('userId'), col.text('content'), col.str('itemKey', 30, { isNullable: true }), col.str('status', 10),
        col.text('reply', { isNullable: true }), col.bool('upheld', { isNullable: true, default: null }), col.dateTime('repliedAt', { isNullable: true }),
        col.int('repliedById', { isNullable: true }),
      ],
      indices: [{ columns: ['noticeId', 'status'] }],
      foreignKeys: [{ columns: ['noticeId'], table: 'public_notices' }, { columns: ['userId'], table: 'users' }],
    });
  }

  async down(qr: QueryRunner): Promise<void> {
    await dropTables(qr, ['objections', 'public_notices']);
  }
}
