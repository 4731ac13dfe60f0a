import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable, dropTables } from '../../../db/schema';

const review = () => [col.str('status', 10), col.int('reviewerId', { isNullable: true }), col.dateTime('reviewedAt', { isNullable: true }), col.str('rejectReason', 200, { isNullable: true })];

export class Campaigns1764000003000 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    await createTable(qr, {
      name: 'alliances',
      columns: [col.str('name', 100), col.text('description'), col.int('organizationId')],
      indices: [{ columns: ['organizationId'] }],
      foreignKeys: [{ columns: ['organizationId'], table: 'organizations' }],
    });
    await createTable(qr, {
      name: 'merchants',
      columns: [
        col.int('allianceId'), col.int('userId', { isNullable: true }), col.int('activeUserId', { isNullable: true }),
        col.str('name', 100), col.str('category', 30), col.str('address', 200), col.str('contactPhone', 20), ...review(),
      ],
      indices: [{ columns: ['allianceId', 'status'] }, { columns: ['userId'] }, { columns: ['activeUserId'], unique: true }],
      foreignKeys: [{ columns: ['allianceId'], table: 'alliances' }, { columns: ['userId'], table: 'users' }],
    });
    await createTable(qr, {
      name: 'campaigns',
      columns: [
        col.int('allianceId'), col.str('title', 100), col.text('description'), col.int('posterFileId', { isNullable: true }),
        col.dateTime('enrollDeadline'), col.dateTime('startAt'), col.dateTime('endAt'), col.int('createdById'),
      ],
      indices: [{ columns: ['allianceId', 'startAt'] }],
      foreignKeys: [{ columns: ['allianceId'], table: 'alliances' }],
    });
    await createTable(qr, {
      name: 'campaign_entries',
      columns: [
        col.int('campaignId'), col.int('merchantId'), col.str('offerTitle', 100), col.text('offerDetail'),
        col.int('quota'), col.int('claimedCount', { default: 0 }), ...review(),
      ],
      indices: [{ columns: ['campaignId', 'merchantId'], unique: true }, { columns: ['campaignId', 'status'] }, { columns: ['merchantId'] }],
      foreignKeys: [{ columns: ['campaignId'], table: 'campaigns' }, { columns: ['merchantId'], table: 'merchants' }],
    });
    await createTable(qr, {
      name: 'claims',
      columns: [col.int('entryId'), col.int('userId'), col.str('code', 32), col.dateTime('redeemedAt', { isNullable: true }), col.int('redeemedById', { isNullable: true })],
      indices: [{ columns: ['entryId', 'userId'], unique: true }, { columns: ['userId'] }, { columns: ['code'], unique: true }, { columns: ['redeemedAt'] }],
      foreignKeys: [{ columns: ['entryId'], table: 'campaign_entries' }, { columns: ['userId'], table: 'users' }],
    });
  }

  async down(qr: QueryRunner): Promise<void> {
    await dropTables(qr, ['claims', 'campaign_entries', 'campaigns', 'merchants', 'alliances']);
  }
}
