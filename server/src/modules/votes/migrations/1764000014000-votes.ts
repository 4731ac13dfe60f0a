import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col, createTable, dropTables } from '../../../db/schema';

export class Votes1764000014000 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    await createTable(qr, {
      name: 'votes',
      columns: [
        col.int('organizationId'), col.str('title', 100), col.int('maxChoices'), col.dateTime('opensAt'), col.dateTime('closesAt'), col.str('electorate', 10),
        col.str('subjectType', 30, { isNullable: true }), col.int('subjectId', { isNullable: true }), col.int('createdById'),
      ],
      indices: [{ columns: ['organizationId', 'closesAt'] }, { columns: ['subjectType', 'subjectId'] }],
      foreignKeys: [{ columns: ['organizationId'], table: 'organizations' }, { columns: ['createdById'], table: 'users' }],
    });
    await createTable(qr, {
      name: 'vote_options',
      columns: [col.int('voteId'), col.int('position'), col.str('label', 100)],
      indices: [{ columns: ['voteId', 'position'], unique: true }],
      foreignKeys: [{ columns: ['voteId'], table: 'votes' }],
    });
    // The secret ballot's two tables have no id, no timestamps and no foreign key to users beyond the participation's.
    await qr.createTable(
      new Table({
        name: 'vote_participations',
        columns: [col.int('voteId', { isPrimary: true }), col.int('userId', { isPrimary: true })],
        foreignKeys: [
          { name: 'FK_vote_participations_voteId', columnNames: ['voteId'], referencedTableName: 'votes', referencedColumnNames: ['id'] },
          { name: 'FK_vote_participations_userId', columnNames: ['userId'], referencedTableName: 'users', referencedColumnNames: ['id'] },
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'vote_choices',
        withoutRowid: true,
        columns: [col.str('id', 36, { isPrimary: true }), col.int('voteId'), col.int('optionId')],
        indices: [new TableIndex({ name: 'IDX_vote_choices_voteId_optionId', columnNames: ['voteId', 'optionId'] })],
        foreignKeys: [
          { name: 'FK_vote_choices_voteId', columnNames: ['voteId'], referencedTableName: 'votes', referencedColumnNames: ['id'] },
          { name: 'FK_vote_choices_optionId', columnNames: ['optionId'], referencedTableName: 'vote_options', referencedColumnNames: ['id'] },
        ],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await dropTables(qr, ['vote_choices', 'vote_participations', 'vote_options', 'votes']);
  }
}
