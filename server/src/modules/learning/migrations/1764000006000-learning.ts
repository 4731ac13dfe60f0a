import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable, dropTables } from '../../../db/schema';

export class Learning1764000006000 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    await createTable(qr, {
      name: 'courses',
      columns: [
        col.int('organizationId'), col.str('title', 100), col.text('body'), col.json('imageIds'), col.json('videoUrls'), col.json('attachmentIds'),
        col.int('points'), col.int('createdById'),
      ],
      indices: [{ columns: ['organizationId'] }],
      foreignKeys: [{ columns: ['organizationId'], table: 'organizations' }, { columns: ['createdById'], table: 'users' }],
    });
    await createTable(qr, {
      name: 'course_completions',
      columns: [col.int('courseId'), col.int('memberId'), col.int('userId')],
      indices: [{ columns: ['courseId', 'memberId'], unique: true }, { columns: ['memberId'] }],
      foreignKeys: [
        { columns: ['courseId'], table: 'courses' },
        { columns: ['memberId'], table: 'party_members' },
        { columns: ['userId'], table: 'users' },
      ],
    });
  }

  async down(qr: QueryRunner): Promise<void> {
    await dropTables(qr, ['course_completions', 'courses']);
  }
}
