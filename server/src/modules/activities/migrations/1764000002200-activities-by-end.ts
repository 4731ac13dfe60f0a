import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The activity list reads upcoming and past ones as index ranges, and counts them from the index alone. */
export class ActivitiesByEnd1764000002200 implements MigrationInterface {
  async up(qr: QueryRunner): Promise<void> {
    await qr.createIndex('activities', new TableIndex({ name: 'IDX_activities_status_endAt_audience_organizationPath', columnNames: ['status', 'endAt', 'audience', 'organizationPath'] }));
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropIndex('activities', 'IDX_activities_status_endAt_audience_organizationPath');
  }
}
