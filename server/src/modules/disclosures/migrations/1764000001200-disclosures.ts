import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable, dropTables } from '../../../db/schema';

export class Disclosures1764000001200 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    await createTable(qr, {
      name: 'disclosures',
      columns: [
        col.int('communityId'), col.int('organizationId'), col.str('category', 10), col.str('subCategory', 30, { isNullable: true }),
        col.str('title', 100), col.str('period', 7), col.text('body'), col.json('items'), col.json('attachmentIds'), col.str('status', 10),
        col.dateTime('publishedAt', { isNullable: true }), col.int('revision', { default: 1 }), col.int('originalId', { isNullable: true }),
        col.int('supersedesId', { isNullable: true }), col.int('supersededById', { isNullable: true }), col.str('revisionReason', 200, { isNullable: true }),
        col.str('contentHash', 64, { isNullable: true }), col.int('viewCount', { default: 0 }), col.int('authorId'), col.int('publishedById', { isNullable: true }),
      ],
      indices: [
        { columns: ['communityId', 'status', 'publishedAt'] },
        { columns: ['communityId', 'category', 'period'] },
        { columns: ['organizationId', 'status'] },
        { columns: ['originalId'] },
        { columns: ['supersedesId'], unique: true },
      ],
      foreignKeys: [
        { columns: ['communityId'], table: 'communities' },
        { columns: ['organizationId'], table: 'organizations' },
        { columns: ['authorId'], table: 'users' },
        { columns: ['supersedesId'], table: 'disclosures' },
      ],
    });
    await createTable(qr, {
      name: 'disclosure_chain_entries',
      columns: [col.int('communityId'), col.int('seq'), col.int('disclosureId'), col.str('contentHash', 64), col.str('prevHash', 64), col.str('hash', 64), col.dateTime('publishedAt')],
      indices: [{ columns: ['communityId', 'seq'], unique: true }, { columns: ['disclosureId'], unique: true }],
      foreignKeys: [{ columns: ['communityId'], table: 'communities' }, { columns: ['disclosureId'], table: 'disclosures' }],
    });
    await createTable(qr, {
      name: 'disclosure_questions',
      columns: [
        col.int('disclosureId'), col.int('communityId'), col.int('organizationId'), col.int('userId'), col.str('content', 500), col.str('status', 10),
        col.str('reply', 1000, { isNullable: true }), col.dateTime('repliedAt', { isNullable: true }), col.int('repliedById', { isNullable: true }),
      ],
      indices: [{ columns: ['disclosureId', 'status'] }, { columns: ['organizationId', 'status'] }],
      foreignKeys: [{ columns: ['disclosureId'], table: 'disclosures' }, { columns: ['userId'], table: 'users' }],
    });
  }

  async down(qr: QueryRunner): Promise<void> {
    await dropTables(qr, ['disclosure_questions', 'disclosure_chain_entries', 'disclosures']);
  }
}
