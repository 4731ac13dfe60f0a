import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable, dropTables } from '../../../db/schema';

export class Letters1764000005000 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    await createTable(qr, {
      name: 'letters',
      columns: [
        col.int('communityId'), col.int('organizationId'), col.int('userId'), col.str('category', 12), col.str('title', 100), col.text('content'),
        col.json('photoIds'), col.bool('public'), col.str('status', 10), col.dateTime('dueAt'), col.text('reply', { isNullable: true }),
        col.dateTime('repliedAt', { isNullable: true }), col.int('repliedById', { isNullable: true }), col.str('replyNotice', 10, { default: "'none'" }),
        col.bool('satisfied', { isNullable: true, default: null }), col.str('ratingComment', 500, { isNullable: true }), col.dateTime('ratedAt', { isNullable: true }),
      ],
      indices: [{ columns: ['communityId', 'status', 'public'] }, { columns: ['organizationId', 'status'] }, { columns: ['userId'] }],
      foreignKeys: [
        { columns: ['communityId'], table: 'communities' },
        { columns: ['organizationId'], table: 'organizations' },
        { columns: ['userId'], table: 'users' },
      ],
    });
    await createTable(qr, {
      name: 'letter_events',
      columns: [
        col.int('letterId'), col.str('kind', 12), col.int('actorId'), col.int('fromOrganizationId', { isNullable: true }),
        col.int('toOrganizationId', { isNullable: true }), col.str('note', 200, { isNullable: true }),
      ],
      indices: [{ columns: ['letterId'] }],
      foreignKeys: [{ columns: ['letterId'], table: 'letters' }],
    });
  }

  async down(qr: QueryRunner): Promise<void> {
    await dropTables(qr, ['letter_events', 'letters']);
  }
}
