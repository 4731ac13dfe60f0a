import { CampaignEntry, Merchant } from '../../server/src/modules/campaigns/entities';
import { MemberBinding } from '../../server/src/modules/members/entities';
import { startTestServer, type TestServer } from './helpers/server';

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer();
});
afterAll(() => ts.close());

describe('the embedded review columns', () => {
  it.each([['merchants', Merchant], ['campaign_entries', CampaignEntry], ['member_bindings', MemberBinding]] as const)('%s: every column maps to the table its migration made to the table its migration made, under the same names and nullability', async (_, entity) => {
    const metadata = ts.deps.db.getMetadata(entity);
    const runner = ts.deps.db.createQueryRunner();
    try {
      const table = (await runner.getTable(metadata.tableName))!;
      const columns = (cs: { name: string; nullable: boolean }[]) => Object.fromEntries(cs.map((c) => [c.name, c.nullable]).sort());
      expect(columns(metadata.columns.map((c) => ({ name: c.databaseName, nullable: c.isNullable })))).toEqual(columns(table.columns.map((c) => ({ name: c.name, nullable: c.isNullable }))));
      expect(metadata.columns.filter((c) => c.embeddedMetadata).map((c) => `${c.propertyPath} → ${c.databaseName}`)).toEqual([
        'review.reviewerId → reviewerId', 'review.reviewedAt → reviewedAt', 'review.rejectReason → rejectReason',
      ]);
    } finally {
      await runner.release();
    }
  });
});
