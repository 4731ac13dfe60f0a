import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable, dropTables } from '../../../db/schema';

export class Activities1764000002100 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    await createTable(qr, {
      name: 'activities',
      columns: [
        col.int('organizationId'), col.str('organizationPath', 255), col.str('kind', 30), col.str('title', 100), col.text('description'),
        col.json('location'), col.dateTime('startAt'), col.dateTime('endAt'), col.dateTime('signupDeadline'), col.int('capacity', { isNullable: true }),
        col.str('audience', 10), col.int('points', { default: 0 }), col.str('status', 12, { default: "'published'" }), col.int('confirmedCount', { default: 0 }),
        col.int('createdBy'), col.str('cancelReason', 200, { isNullable: true }),
      ],
      indices: [{ columns: ['status', 'startAt'] }, { columns: ['organizationPath', 'startAt'] }],
      foreignKeys: [{ columns: ['organizationId'], table: 'organizations' }, { columns: ['createdBy'], table: 'users' }],
    });
    await createTable(qr, {
      name: 'activity_signups',
      columns: [col.int('activityId'), col.int('userId'), col.str('status', 12), col.dateTime('checkedInAt', { isNullable: true })],
      indices: [{ columns: ['activityId', 'userId'], unique: true }, { columns: ['activityId', 'status'] }, { columns: ['userId'] }],
      // No foreign key to activities (never deleted, only cancelled): InnoDB's check would take a
      // shared lock on the activity row that each sign-up then upgrades to take a place, and a flash
      // crowd of such upgrades deadlocks.
      foreignKeys: [{ columns: ['userId'], table: 'users' }],
    });
    await createTable(qr, {
      name: 'activity_notices',
      columns: [
        col.int('activityId'), col.int('userId'), col.str('kind', 12), col.str('status', 12, { default: "'pending'" }),
        col.dateTime('dueAt'), col.dateTime('expiresAt'), col.dateTime('sentAt', { isNullable: true }), col.int('errcode', { isNullable: true }),
      ],
      indices: [{ columns: ['activityId', 'userId', 'kind'], unique: true }, { columns: ['status', 'dueAt'] }],
      foreignKeys: [{ columns: ['activityId'], table: 'activities' }, { columns: ['userId'], table: 'users' }],
    });
  }

  async down(qr: QueryRunner): Promise<void> {
    await dropTables(qr, ['activity_notices', 'activity_signups', 'activities']);
  }
}
