import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '../../../db/schema';

/** Lawful withdrawal: when, by whom and why a published disclosure was taken down. */
export class Withdrawal1764000006200 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    await qr.addColumns('disclosures', [
      new TableColumn(col.dateTime('withdrawnAt', { isNullable: true })),
      new TableColumn(col.int('withdrawnById', { isNullable: true })),
      new TableColumn(col.str('withdrawalReason', 200, { isNullable: true })),
    ]);
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const c of ['withdrawalReason', 'withdrawnById', 'withdrawnAt']) await qr.dropColumn('disclosures', c);
  }
}
