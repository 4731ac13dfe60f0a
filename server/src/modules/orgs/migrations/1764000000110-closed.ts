import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '../../../db/schema';

const TABLES = ['organizations', 'streets', 'communities'];

/** Organisations, streets and communities can be closed (撤销) and stay readable by id. */
export class OrgsClosed1764000000110 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    for (const t of TABLES) await qr.addColumn(t, new TableColumn(col.dateTime('closedAt', { isNullable: true })));
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const t of TABLES) await qr.dropColumn(t, 'closedAt');
  }
}
