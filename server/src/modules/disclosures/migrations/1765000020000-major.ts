import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '../../../db/schema';

/** 重大事项随时公开: a disclosure flagged as a major matter, with the day of the matter. */
export class MajorMatter1765000020000 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    await qr.addColumns('disclosures', [new TableColumn(col.bool('major')), new TableColumn(col.str('matterDate', 10, { isNullable: true }))]);
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const c of ['matterDate', 'major']) await qr.dropColumn('disclosures', c);
  }
}
