import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '../../../db/schema';

/** The member roll: joined date and birth year, and the (phone, name) index binding requests are matched by. */
export class MemberRoll1764000000310 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    await qr.addColumns('party_members', [new TableColumn(col.str('joinedAt', 10, { isNullable: true })), new TableColumn(col.int('birthYear', { isNullable: true }))]);
    await qr.createIndex('party_members', new TableIndex({ name: 'IDX_party_members_phone_name', columnNames: ['phone', 'name'] }));
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropIndex('party_members', 'IDX_party_members_phone_name');
    await qr.dropColumns('party_members', ['joinedAt', 'birthYear']);
  }
}
