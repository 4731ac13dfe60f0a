import ExcelJS from 'exceljs';
import { Disclosure } from '../../server/src/modules/disclosures/entities';
import { NewOrganization } from '../../server/src/modules/orgs/entities';
import { makeCommunity, makeStreet, makeUser } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer();
});
afterAll(() => ts.close());

/** The downloaded template with rows added. */
async function filled(auth: Record<string, string>, kind: string, rows: (string | number | null)[][]): Promise<Buffer> {
  const template = await ts.http.get(`/api/admin/imports/templates/${kind}`).set(auth).buffer(true).parse((res, cb) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => cb(null, Buffer.concat(chunks)));
  }).expect(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template.body);
  wb.worksheets[0].addRows(rows);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const upload = (auth: Record<string, string>, kind: string, file: Buffer, dryRun = false) =>
  ts.http.post(`/api/admin/imports/${kind}?dryRun=${dryRun}`).set(auth).attach('file', file, { filename: `${kind}.xlsx`, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });

describe('importing 两新 organisations', () => {
  it('lists every bad row and writes nothing; then creates, re-runs unchanged, and updates a changed figure', async () => {
    const { street, organization: streetOrg } = await makeStreet(ts);
    const { street: other } = await makeStreet(ts);
    const admin = await makeUser(ts, { adminOf: streetOrg.id });
    const joint = await ts.http.post('/api/organizations').set(admin.auth).send({ name: `联合党委${street.id}`, kind: 'joint_committee', parentId: streetOrg.id }).expect(201);
    const good = [
      [`甲科技公司${street.id}`, '非公企业', street.name, 5, null],
      [`乙商会${street.id}`, '社会组织', street.name, 2, joint.body.id],
    ];
    const bad = await filled(admin.auth, 'new-organizations', [
      ...good,
      ['丙公司', '国企', street.name, 1, null],
      ['丁公司', '非公企业', '不存在街道', -1, null],
      ['戊公司', '非公企业', other.name, 0, null],
      [`甲科技公司${street.id}`, '非公企业', street.name, 5, null],
    ]);
    const dry = await upload(admin.auth, 'new-organizations', bad, true).expect(200);
    expect(dry.body.errors).toEqual([
      { row: 4, column: '类型', message: expect.stringContaining('非公企业') },
      { row: 5, column: '所在街道', message: '找不到街道“不存在街道”' },
      { row: 5, column: '正式党员人数', message: expect.any(String) },
      { row: 6, column: '所在街道', message: '不在您的管理范围内' },
      { row: 7, column: '组织名称', message: '与第2行重复（同一街道的同名组织）' },
    ]);
    expect((await upload(admin.auth, 'new-organizations', bad).expect(422)).body.errors).toHaveLength(5);
    expect(await ts.deps.db.manager.countBy(NewOrganization, { streetId: street.id })).toBe(0);

    const file = await filled(admin.auth, 'new-organizations', good);
    expect((await upload(admin.auth, 'new-organizations', file).expect(200)).body).toMatchObject({ rows: 2, created: 2, updated: 0, unchanged: 0, errors: [] });
    const rows = await ts.deps.db.manager.findBy(NewOrganization, { streetId: street.id });
    expect(rows.map((r) => [r.type, r.fullMemberCount, r.jointOrganizationId]).sort()).toEqual([['economic', 5, null], ['social', 2, joint.body.id]]);
    expect((await upload(admin.auth, 'new-organizations', file).expect(200)).body).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    const changed = await filled(admin.auth, 'new-organizations', [[...good[0].slice(0, 3), 7, null], good[1]]);
    expect((await upload(admin.auth, 'new-organizations', changed).expect(200)).body).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    expect((await ts.deps.db.manager.findOneByOrFail(NewOrganization, { name: `甲科技公司${street.id}` })).fullMemberCount).toBe(7);
  });
});

describe('importing a month’s finance ledger', () => {
  it('makes one finance draft per community and month, in fen; the same file is unchanged, a changed one updates the draft', async () => {
    const { community, organization } = await makeCommunity(ts);
    const admin = await makeUser(ts, { adminOf: organization.id });
    const ledger = [
      [community.name, '2025-03', null, '房屋出租收入', '收入', 12000],
      [community.name, '2025-03', '财务收支', '办公用品', '支出', '350.5'],
      [String(community.id), '2025-04', null, '保洁费用', '支出', 800],
    ];
    const file = await filled(admin.auth, 'finance', ledger);
    expect((await upload(admin.auth, 'finance', file, true).expect(200)).body).toMatchObject({ dryRun: true, rows: 3, created: 2, errors: [] });
    expect(await ts.deps.db.manager.countBy(Disclosure, { communityId: community.id })).toBe(0);
    expect((await upload(admin.auth, 'finance', file).expect(200)).body).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    const drafts = await ts.http.get(`/api/admin/disclosures?communityId=${community.id}&status=draft`).set(admin.auth).expect(200);
    const march = drafts.body.items.find((d: { period: string }) => d.period === '2025-03');
    expect(march).toMatchObject({ category: 'finance', subCategory: 'income_expense', title: '2025年3月财务收支', status: 'draft' });
    const full = await ts.http.get(`/api/disclosures/${march.id}`).set(admin.auth).expect(200);
    expect(full.body.items).toEqual([{ subject: '房屋出租收入', direction: 'income', amountFen: 1_200_000 }, { subject: '办公用品', direction: 'expense', amountFen: 35_050 }]);
    expect((await upload(admin.auth, 'finance', file).expect(200)).body).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    const changed = await filled(admin.auth, 'finance', [...ledger.slice(0, 2), [String(community.id), '2025-04', null, '保洁费用', '支出', 900]]);
    expect((await upload(admin.auth, 'finance', changed).expect(200)).body).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    expect(await ts.deps.db.manager.countBy(Disclosure, { communityId: community.id })).toBe(2);
  });

  it('refuses rows outside the scope and bad rows, and a month already published, writing nothing', async () => {
    const { community, organization, street } = await makeCommunity(ts);
    const { community: neighbour } = await makeCommunity(ts, { streetId: street.id });
    const admin = await makeUser(ts, { adminOf: organization.id });
    const bad = await filled(admin.auth, 'finance', [
      [community.name, '2025-05', null, '补贴收入', '收入', 100],
      [neighbour.name, '2025-05', null, '补贴收入', '收入', 100],
      [community.name, '2025-5', '其他', null, '进账', '1.234'],
    ]);
    const res = await upload(admin.auth, 'finance', bad).expect(422);
    expect(res.body.errors).toEqual([
      { row: 3, column: '社区', message: '不在您的管理范围内' },
      { row: 4, column: '月份', message: '月份格式应为 2025-03' },
      { row: 4, column: '公开子类', message: expect.stringContaining('财务收支') },
      { row: 4, column: '科目', message: expect.any(String) },
      { row: 4, column: '收支', message: '收支应为：收入、支出' },
      { row: 4, column: '金额（元）', message: expect.any(String) },
    ]);
    expect(await ts.deps.db.manager.countBy(Disclosure, { communityId: community.id })).toBe(0);

    const june = await filled(admin.auth, 'finance', [[community.name, '2025-06', null, '补贴收入', '收入', 100]]);
    await upload(admin.auth, 'finance', june).expect(200);
    const draft = await ts.deps.db.manager.findOneByOrFail(Disclosure, { communityId: community.id, period: '2025-06' });
    await ts.http.post(`/api/disclosures/${draft.id}/publish`).set(admin.auth).expect(200);
    const junePlusJuly = await filled(admin.auth, 'finance', [[community.name, '2025-07', null, '补贴收入', '收入', 100], [community.name, '2025-06', null, '补贴收入', '收入', 200]]);
    const refused = await upload(admin.auth, 'finance', junePlusJuly).expect(422);
    expect(refused.body.errors).toEqual([{ row: 3, column: '月份', message: '2025-06的财务收支已公开，如需修改请在公开中发布更正' }]);
    expect(await ts.deps.db.manager.countBy(Disclosure, { communityId: community.id })).toBe(1);
    expect((await upload(admin.auth, 'finance', june).expect(200)).body).toMatchObject({ unchanged: 1 });
  });
});
