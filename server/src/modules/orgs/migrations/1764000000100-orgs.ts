import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable, dropTables } from '../../../db/schema';

export class Orgs1764000000100 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    await createTable(qr, {
      name: 'organizations',
      columns: [col.str('name', 100), col.str('kind', 30), col.int('parentId', { isNullable: true }), col.str('path', 255), col.str('rating', 20, { default: "'normal'" })],
      indices: [{ columns: ['parentId'] }, { columns: ['path'] }],
      foreignKeys: [{ columns: ['parentId'], table: 'organizations' }],
    });
    await createTable(qr, {
      name: 'streets',
      columns: [col.str('name', 50), col.int('organizationId')],
      indices: [{ columns: ['name'], unique: true }],
      foreignKeys: [{ columns: ['organizationId'], table: 'organizations' }],
    });
    await createTable(qr, {
      name: 'communities',
      columns: [col.str('name', 50), col.str('kind', 10), col.int('streetId'), col.int('organizationId')],
      indices: [{ columns: ['streetId', 'name'], unique: true }, { columns: ['organizationId'], unique: true }],
      foreignKeys: [{ columns: ['streetId'], table: 'streets' }, { columns: ['organizationId'], table: 'organizations' }],
    });
    await createTable(qr, {
      name: 'new_organizations',
      columns: [
        col.str('name', 100), col.str('type', 10), col.int('streetId'), col.bool('operating', { default: true }), col.int('fullMemberCount', { default: 0 }),
        col.int('partyOrganizationId', { isNullable: true }), col.int('jointOrganizationId', { isNullable: true }),
      ],
      indices: [{ columns: ['streetId', 'operating'] }],
      foreignKeys: [
        { columns: ['streetId'], table: 'streets' },
        { columns: ['partyOrganizationId'], table: 'organizations' },
        { columns: ['jointOrganizationId'], table: 'organizations' },
      ],
    });
  }

  async down(qr: QueryRunner): Promise<void> {
    await dropTables(qr, ['new_organizations', 'communities', 'streets', 'organizations']);
  }
}
