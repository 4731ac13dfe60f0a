import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable, dropTables } from '../../../db/schema';

export class Responsibility1764000017100 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    await createTable(qr, {
      name: 'organization_ratings',
      columns: [col.int('organizationId'), col.str('organizationPath', 255), col.int('year'), col.str('level', 10), col.str('reason', 500), col.int('ratedById')],
      indices: [{ columns: ['organizationId', 'year'] }, { columns: ['organizationPath', 'year'] }],
      foreignKeys: [{ columns: ['organizationId'], table: 'organizations' }, { columns: ['ratedById'], table: 'users' }],
    });
    await createTable(qr, {
      name: 'task_lists',
      columns: [
        col.int('organizationId'), col.str('organizationPath', 255), col.int('year'), col.str('kind', 16), col.str('title', 100),
        col.int('agreementFileId', { isNullable: true }), col.int('ratingId', { isNullable: true }), col.dateTime('closedAt', { isNullable: true }),
        col.int('closedById', { isNullable: true }), col.int('createdById'),
      ],
      indices: [{ columns: ['organizationId', 'year', 'kind'], unique: true }, { columns: ['organizationPath', 'year'] }],
      foreignKeys: [
        { columns: ['organizationId'], table: 'organizations' },
        { columns: ['agreementFileId'], table: 'files' },
        { columns: ['ratingId'], table: 'organization_ratings' },
      ],
    });
    await createTable(qr, {
      name: 'responsibility_tasks',
      columns: [
        col.int('taskListId'), col.int('organizationId'), col.str('organizationPath', 255), col.str('title', 200), col.str('owner', 50), col.dateTime('dueAt'),
        col.str('status', 8, { default: "'open'" }), col.dateTime('doneAt', { isNullable: true }), col.text('progress', { isNullable: true }), col.json('evidenceFileIds'),
      ],
      indices: [{ columns: ['taskListId'] }, { columns: ['organizationPath', 'status', 'dueAt'] }],
      foreignKeys: [{ columns: ['taskListId'], table: 'task_lists' }],
    });
    await createTable(qr, {
      name: 'task_updates',
      columns: [col.int('taskId'), col.int('actorId'), col.text('progress'), col.str('status', 8), col.json('evidenceFileIds')],
      indices: [{ columns: ['taskId'] }],
      foreignKeys: [{ columns: ['taskId'], table: 'responsibility_tasks' }],
    });
    await createTable(qr, {
      name: 'contact_points',
      columns: [col.int('userId'), col.int('communityId'), col.str('organizationPath', 255), col.int('assignedById')],
      indices: [{ columns: ['userId', 'communityId'], unique: true }, { columns: ['organizationPath'] }],
      foreignKeys: [{ columns: ['userId'], table: 'users' }, { columns: ['communityId'], table: 'communities' }],
    });
    await createTable(qr, {
      name: 'supervision_visits',
      columns: [col.int('contactPointId'), col.dateTime('visitedAt'), col.str('subject', 200), col.text('followUps'), col.int('recordedById')],
      indices: [{ columns: ['contactPointId', 'visitedAt'] }],
      foreignKeys: [{ columns: ['contactPointId'], table: 'contact_points' }],
    });
    await createTable(qr, {
      name: 'scheduling_meetings',
      columns: [
        col.int('organizationId'), col.str('organizationPath', 255), col.str('month', 7), col.dateTime('heldAt'), col.str('title', 100), col.text('decisions'),
        col.json('reviewedTaskIds'), col.int('recordedById'),
      ],
      indices: [{ columns: ['organizationId', 'month'], unique: true }],
      foreignKeys: [{ columns: ['organizationId'], table: 'organizations' }],
    });
  }

  async down(qr: QueryRunner): Promise<void> {
    await dropTables(qr, ['scheduling_meetings', 'supervision_visits', 'contact_points', 'task_updates', 'responsibility_tasks', 'task_lists', 'organization_ratings']);
  }
}
