import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable, dropTables } from '../../../db/schema';

export class Meetings1764000017000 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    await createTable(qr, {
      name: 'meetings',
      columns: [
        col.int('organizationId'), col.str('organizationPath', 255), col.str('kind', 20), col.str('title', 100), col.dateTime('heldAt'), col.str('period', 7),
        col.text('agenda'), col.text('minutes'), col.int('activityId', { isNullable: true }), col.json('photoFileIds'), col.int('presentCount'), col.int('absentCount'),
        col.int('recordedById'),
      ],
      indices: [{ columns: ['organizationPath', 'period'] }, { columns: ['organizationId', 'heldAt'] }],
      foreignKeys: [
        { columns: ['organizationId'], table: 'organizations' },
        { columns: ['activityId'], table: 'activities' },
        { columns: ['recordedById'], table: 'users' },
      ],
    });
    await createTable(qr, {
      name: 'meeting_attendances',
      columns: [col.int('meetingId'), col.int('memberId'), col.bool('present'), col.str('absenceReason', 200, { isNullable: true })],
      indices: [{ columns: ['meetingId', 'memberId'], unique: true }, { columns: ['memberId'] }],
      foreignKeys: [
        { columns: ['meetingId'], table: 'meetings' },
        { columns: ['memberId'], table: 'party_members' },
      ],
    });
  }

  async down(qr: QueryRunner): Promise<void> {
    await dropTables(qr, ['meeting_attendances', 'meetings']);
  }
}
