import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col, createTable, dropTables } from '../../../db/schema';

export class PointRules1765000001000 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    await qr.addColumn('point_entries', new TableColumn(col.str('ruleCode', 40, { isNullable: true })));
    await createTable(qr, {
      name: 'point_rules',
      columns: [col.str('code', 40), col.int('year'), col.str('label', 60), col.int('points'), col.int('yearlyCap', { isNullable: true })],
      indices: [{ columns: ['code', 'year'], unique: true }],
    });
    await createTable(qr, {
      name: 'point_tallies',
      columns: [col.int('userId'), col.str('ruleCode', 40), col.int('year'), col.int('used', { default: 0 })],
      indices: [{ columns: ['userId', 'ruleCode', 'year'], unique: true }],
      foreignKeys: [{ columns: ['userId'], table: 'users' }],
    });
    await createTable(qr, {
      name: 'point_awards',
      columns: [col.int('memberId'), col.str('ruleCode', 40), col.str('note', 200), col.int('awardedBy')],
      indices: [{ columns: ['memberId', 'createdAt'] }],
      foreignKeys: [{ columns: ['memberId'], table: 'party_members' }, { columns: ['awardedBy'], table: 'users' }],
    });
  }

  async down(qr: QueryRunner): Promise<void> {
    await dropTables(qr, ['point_awards', 'point_tallies', 'point_rules']);
    await qr.dropColumn('point_entries', 'ruleCode');
  }
}
