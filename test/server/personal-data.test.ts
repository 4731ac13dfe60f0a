import { findPersonalData, isIdNumber, personalDataIn } from '../../server/src/core/personal-data';
import { makeCommunity, makeUser, type TestUser } from './helpers/factories';
import { makeDraft, pngBytes } from './helpers/disclosures';
import { startTestServer, type TestServer } from './helpers/server';

describe('finding personal data', () => {
  it('knows an ID number by its check character, and an 11-digit mobile by its prefix', () => {
    expect(isIdNumber('11010519491231002X')).toBe(true);
    expect(isIdNumber('11010519491231002x')).toBe(true);
    expect(isIdNumber('110105194912310021')).toBe(false); // wrong check character
    expect(personalDataIn('户主 370214199003071239 已核实')).toEqual(['id_number']);
    expect(personalDataIn('联系人 13912345678')).toEqual(['mobile']);
    expect(personalDataIn('发票号 370214199003071230 金额 1250000 分')).toEqual([]); // 18 digits, bad check
    expect(personalDataIn('合同编号 139123456789 与 2139123456780')).toEqual([]); // longer numbers
    expect(personalDataIn('热线 12345，座机 0532-87654321')).toEqual([]);
    expect(findPersonalData([['title', 'ok'], ['body', '电话13912345678，身份证11010519491231002X']])).toEqual([
      { field: 'body', kind: 'id_number' },
      { field: 'body', kind: 'mobile' },
    ]);
  });
});

describe('publishing a disclosure with personal data', () => {
  let ts: TestServer;
  let admin: TestUser;
  let communityId: number;
  beforeAll(async () => {
    ts = await startTestServer();
    const c = await makeCommunity(ts);
    communityId = c.community.id;
    admin = await makeUser(ts, { adminOf: c.organization.id });
  });
  afterAll(() => ts.close());

  const publish = (id: number) => ts.http.post(`/api/disclosures/${id}/publish`).set(admin.auth);

  it.each([
    ['the title', { title: '低保户张三 11010519491231002X 公示' }, 'title', 'id_number'],
    ['the body', { body: '如有疑问请联系 13912345678。' }, 'body', 'mobile'],
    ['an item', { items: [{ subject: '慰问金 张三 13912345678', direction: 'expense', amountFen: 50000 }] }, 'items.0.subject', 'mobile'],
  ])('answers 422 PERSONAL_DATA naming %s, and leaves the draft a draft', async (_where, o, field, kind) => {
    const draft = await makeDraft(ts, admin, { communityId, ...o });
    const res = await publish(draft.id).expect(422);
    expect(res.body.error).toMatchObject({ code: 'PERSONAL_DATA', details: [{ field, kind }] });
    expect((await ts.http.get(`/api/disclosures/${draft.id}`).set(admin.auth).expect(200)).body.status).toBe('draft');
  });

  it('looks at attachment names too', async () => {
    const file = (await ts.http.post('/api/files').set(admin.auth).attach('file', pngBytes('pd'), '名单-370214199003071239.png').expect(201)).body;
    const draft = await makeDraft(ts, admin, { communityId, attachmentIds: [file.id] });
    const res = await publish(draft.id).expect(422);
    expect(res.body.error.details).toEqual([{ field: 'attachments.0.name', kind: 'id_number' }]);
  });

  it('publishes content with numbers that are not personal data', async () => {
    const draft = await makeDraft(ts, admin, { communityId, body: '合同编号 370214199003071230，热线 12345。' });
    await publish(draft.id).expect(200);
  });
});
