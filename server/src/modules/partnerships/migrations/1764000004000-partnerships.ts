import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable, dropTables } from '../../../db/schema';

export class Partnerships1764000004000 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    await createTable(qr, {
      name: 'partnerships',
      columns: [
        col.int('communityAId'), col.int('communityBId'), col.int('year'), col.dateTime('signedAt'), col.str('agreementTitle', 100),
        col.int('agreementFileId', { isNullable: true }),
      ],
      indices: [{ columns: ['year', 'id'] }],
      foreignKeys: [{ columns: ['communityAId'], table: 'communities' }, { columns: ['communityBId'], table: 'communities' }],
    });
    await createTable(qr, {
      name: 'partnership_memberships',
      columns: [col.int('partnershipId'), col.int('communityId'), col.int('year')],
      indices: [{ columns: ['communityId', 'year'], unique: true }, { columns: ['partnershipId'] }],
      foreignKeys: [{ columns: ['partnershipId'], table: 'partnerships' }, { columns: ['communityId'], table: 'communities' }],
    });
    await createTable(qr, {
      name: 'partnership_list_items',
      columns: [col.int('partnershipId'), col.int('communityId'), col.str('kind', 10), col.str('content', 200)],
      indices: [{ columns: ['partnershipId', 'kind'] }],
      foreignKeys: [{ columns: ['partnershipId'], table: 'partnerships' }, { columns: ['communityId'], table: 'communities' }],
    });
    await createTable(qr, {
      name: 'partnership_projects',
      columns: [
        col.int('partnershipId'), col.str('title', 100), col.str('category', 20), col.text('description'), col.int('ownerCommunityId'),
        col.str('plannedStart', 10, { isNullable: true }), col.str('plannedEnd', 10, { isNullable: true }), col.str('status', 10),
        col.dateTime('startedAt', { isNullable: true }), col.dateTime('completedAt', { isNullable: true }),
      ],
      indices: [{ columns: ['partnershipId'] }, { columns: ['category', 'status'] }],
      foreignKeys: [{ columns: ['partnershipId'], table: 'partnerships' }, { columns: ['ownerCommunityId'], table: 'communities' }],
    });
    await createTable(qr, {
      name: 'partnership_project_progress',
      columns: [
        col.int('projectId'), col.int('authorId', { isNullable: true }), col.dateTime('happenedAt'), col.text('note'),
        col.str('status', 10, { isNullable: true }), col.json('photoFileIds'),
      ],
      indices: [{ columns: ['projectId', 'happenedAt'] }],
      foreignKeys: [{ columns: ['projectId'], table: 'partnership_projects' }, { columns: ['authorId'], table: 'users' }],
    });
  }

  async down(qr: QueryRunner): Promise<void> {
    await dropTables(qr, ['partnership_project_progress', 'partnership_projects', 'partnership_list_items', 'partnership_memberships', 'partnerships']);
  }
}
