import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable, dropTables } from '../../../db/schema';

export class Exams1764000006100 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    await createTable(qr, {
      name: 'questions',
      columns: [col.int('organizationId'), col.str('kind', 10), col.text('stem'), col.json('options'), col.json('answer'), col.json('tags'), col.int('createdById')],
      indices: [{ columns: ['organizationId'] }],
      foreignKeys: [{ columns: ['organizationId'], table: 'organizations' }, { columns: ['createdById'], table: 'users' }],
    });
    await createTable(qr, {
      name: 'exams',
      columns: [
        col.int('organizationId'), col.str('title', 100), col.int('durationMinutes'), col.int('passScore'), col.dateTime('opensAt'), col.dateTime('closesAt'),
        col.int('maxAge', { isNullable: true }), col.int('minBirthYear', { isNullable: true }), col.json('questionIds', { isNullable: true }), col.json('draw', { isNullable: true }),
        col.int('questionCount'), col.int('createdById'),
      ],
      indices: [{ columns: ['organizationId'] }],
      foreignKeys: [{ columns: ['organizationId'], table: 'organizations' }, { columns: ['createdById'], table: 'users' }],
    });
    await createTable(qr, {
      name: 'exam_attempts',
      columns: [
        col.int('examId'), col.int('memberId'), col.int('userId'), col.int('sitting'), col.dateTime('startedAt'), col.dateTime('deadlineAt'), col.json('paper'),
        col.dateTime('savedAt', { isNullable: true }), col.dateTime('submittedAt', { isNullable: true }), col.bool('timedOut'),
        col.int('score', { isNullable: true }), col.int('correctCount', { isNullable: true }), col.bool('passed', { isNullable: true, default: null }),
      ],
      indices: [{ columns: ['examId', 'memberId', 'sitting'], unique: true }, { columns: ['memberId'] }, { columns: ['deadlineAt'] }],
      foreignKeys: [
        { columns: ['examId'], table: 'exams' },
        { columns: ['memberId'], table: 'party_members' },
        { columns: ['userId'], table: 'users' },
      ],
    });
    await createTable(qr, {
      name: 'exam_answers',
      columns: [col.int('attemptId'), col.int('questionId'), col.json('choice')],
      indices: [{ columns: ['attemptId', 'questionId'], unique: true }],
      foreignKeys: [{ columns: ['attemptId'], table: 'exam_attempts' }],
    });
    await createTable(qr, {
      name: 'exam_resits',
      columns: [col.int('examId'), col.int('memberId'), col.int('sitting'), col.int('grantedById')],
      indices: [{ columns: ['examId', 'memberId', 'sitting'], unique: true }],
      foreignKeys: [{ columns: ['examId'], table: 'exams' }, { columns: ['memberId'], table: 'party_members' }],
    });
  }

  async down(qr: QueryRunner): Promise<void> {
    await dropTables(qr, ['exam_resits', 'exam_answers', 'exam_attempts', 'exams', 'questions']);
  }
}
