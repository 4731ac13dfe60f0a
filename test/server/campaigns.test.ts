import ExcelJS from 'exceljs';
import { Campaign } from '../../server/src/modules/campaigns/entities';
import { makeUser } from './helpers/factories';
import { uploadPng } from './helpers/disclosures';
import { startTestServer, type TestServer } from './helpers/server';
import { at, campaignInput, makeAlliance, makeCampaign, makeMerchant, makeOffer } from './campaigns-fixtures';

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer();
});
afterAll(() => ts.close());

const offer = { offerTitle: '满100减20', offerDetail: '全场通用', quota: 5 };
/** Moves a campaign in time, as the calendar would. */
const setDates = (id: number, startHours: number, endHours: number) =>
  ts.deps.db.manager.update(Campaign, { id }, { startAt: new Date(at(startHours)), endAt: new Date(at(endHours)) });

describe('campaigns', () => {
  it('lets an alliance admin create a campaign (201, audit-logged) that anyone can list and read', async () => {
    const alliance = await makeAlliance(ts);
    const poster = await uploadPng(ts, alliance.admin);
    const res = await ts.http.post('/api/campaigns').set(alliance.admin.auth).send(campaignInput(alliance.id, { posterFileId: poster.id })).expect(201);
    expect(res.body).toMatchObject({ allianceId: alliance.id, title: '五一欢乐购物汇', phase: 'running', enrollOpen: true, posterUrl: poster.url });
    expect(poster.url).toBe(`/api/files/${poster.sha256}`);
    const missing = await ts.http.post('/api/campaigns').set(alliance.admin.auth).send(campaignInput(alliance.id, { posterFileId: poster.id + 1000 })).expect(400);
    expect(missing.body.error).toMatchObject({ code: 'FILE_NOT_FOUND', details: [{ field: 'posterFileId' }] });
    const list = await ts.http.get(`/api/campaigns?allianceId=${alliance.id}&phase=running`).expect(200);
    expect(list.body).toMatchObject({ total: 1, items: [expect.objectContaining({ id: res.body.id })] });
    expect((await ts.http.get(`/api/campaigns?allianceId=${alliance.id}&phase=ended`).expect(200)).body.total).toBe(0);
    const one = await ts.http.get(`/api/campaigns/${res.body.id}`).expect(200);
    expect(one.body).toMatchObject({ id: res.body.id, entries: [] });
    const audit = await ts.http.get(`/api/admin/audit-logs?entityType=campaign&entityId=${res.body.id}`).set(alliance.admin.auth).expect(200);
    expect(audit.body.items).toEqual([expect.objectContaining({ action: 'campaign.create' })]);
  });

  it.each([
    [{ title: '' }, 'title'],
    [{ startAt: 'tomorrow' }, 'startAt'],
    [{ endAt: at(-2) }, 'endAt'],
    [{ enrollDeadline: at(100) }, 'enrollDeadline'],
    [{ posterFileId: -1 }, 'posterFileId'],
  ])('answers 400 for a campaign with %j', async (override, field) => {
    const alliance = await makeAlliance(ts);
    const res = await ts.http.post('/api/campaigns').set(alliance.admin.auth).send(campaignInput(alliance.id, override)).expect(400);
    expect(res.body.error.details.map((d: { field: string }) => d.field)).toContain(field);
  });

  it('refuses to create a campaign without a token (401), for a resident (403), another alliance admin (403 OUT_OF_SCOPE), unknown alliance (404)', async () => {
    const alliance = await makeAlliance(ts);
    const other = await makeAlliance(ts);
    const resident = await makeUser(ts);
    await ts.http.post('/api/campaigns').send(campaignInput(alliance.id)).expect(401);
    await ts.http.post('/api/campaigns').set(resident.auth).send(campaignInput(alliance.id)).expect(403);
    expect((await ts.http.post('/api/campaigns').set(other.admin.auth).send(campaignInput(alliance.id)).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    await ts.http.post('/api/campaigns').set(alliance.admin.auth).send(campaignInput(999999)).expect(404);
    await ts.http.get('/api/campaigns/999999').expect(404);
  });
});

describe('campaign entries', () => {
  it('goes from joining (201 pending) to approval: the offer shows on the campaign, audit-logged', async () => {
    const alliance = await makeAlliance(ts);
    const merchant = await makeMerchant(ts, alliance);
    const campaign = await makeCampaign(ts, alliance);
    const entry = await ts.http.post(`/api/campaigns/${campaign.id}/entries`).set(merchant.user.auth).send(offer).expect(201);
    expect(entry.body).toMatchObject({ status: 'pending', quota: 5, remaining: 5, merchant: expect.objectContaining({ name: '测试商户' }) });
    expect((await ts.http.get(`/api/campaigns/${campaign.id}`).expect(200)).body.entries).toEqual([]);

    const pending = await ts.http.get(`/api/admin/campaign-entries?status=pending&campaignId=${campaign.id}`).set(alliance.admin.auth).expect(200);
    expect(pending.body.items).toEqual([expect.objectContaining({ id: entry.body.id, campaign: expect.objectContaining({ id: campaign.id }) })]);
    await ts.http.post(`/api/campaigns/${campaign.id}/entries/${entry.body.id}/approve`).set(alliance.admin.auth).expect(200);
    const one = await ts.http.get(`/api/campaigns/${campaign.id}`).expect(200);
    expect(one.body.entries).toEqual([expect.objectContaining({ id: entry.body.id, offerTitle: '满100减20', merchant: expect.objectContaining({ address: '城阳区测试路1号' }), claimedByMe: false })]);
    expect(JSON.stringify(one.body)).not.toMatch(/contactPhone|userId/);
    const mine = await ts.http.get('/api/me/campaign-entries').set(merchant.user.auth).expect(200);
    expect(mine.body.items).toEqual([expect.objectContaining({ id: entry.body.id, status: 'approved' })]);
    const audit = await ts.http.get(`/api/admin/audit-logs?entityType=campaign_entry&entityId=${entry.body.id}`).set(alliance.admin.auth).expect(200);
    expect(audit.body.items).toEqual([expect.objectContaining({ action: 'campaign_entry.approve', actorId: alliance.admin.id })]);
  });

  it('rejects an entry with a reason, once (409 ALREADY_REVIEWED)', async () => {
    const alliance = await makeAlliance(ts);
    const merchant = await makeMerchant(ts, alliance);
    const campaign = await makeCampaign(ts, alliance);
    const entry = await ts.http.post(`/api/campaigns/${campaign.id}/entries`).set(merchant.user.auth).send(offer).expect(201);
    const url = `/api/campaigns/${campaign.id}/entries/${entry.body.id}`;
    const res = await ts.http.post(`${url}/reject`).set(alliance.admin.auth).send({ reason: '优惠力度不明确' }).expect(200);
    expect(res.body).toMatchObject({ status: 'rejected', rejectReason: '优惠力度不明确' });
    expect((await ts.http.post(`${url}/approve`).set(alliance.admin.auth).expect(409)).body.error.code).toBe('ALREADY_REVIEWED');
    const audit = await ts.http.get(`/api/admin/audit-logs?entityType=campaign_entry&entityId=${entry.body.id}`).set(alliance.admin.auth).expect(200);
    expect(audit.body.items[0].action).toBe('campaign_entry.reject');
  });

  it('lets a merchant join once (409 ALREADY_JOINED) and only until the deadline (409 ENROLMENT_CLOSED)', async () => {
    const alliance = await makeAlliance(ts);
    const merchant = await makeMerchant(ts, alliance);
    const campaign = await makeCampaign(ts, alliance);
    await ts.http.post(`/api/campaigns/${campaign.id}/entries`).set(merchant.user.auth).send(offer).expect(201);
    expect((await ts.http.post(`/api/campaigns/${campaign.id}/entries`).set(merchant.user.auth).send(offer).expect(409)).body.error.code).toBe('ALREADY_JOINED');
    const closed = await makeCampaign(ts, alliance, { enrollDeadline: at(-1), startAt: at(-2), endAt: at(5) });
    expect((await ts.http.post(`/api/campaigns/${closed.id}/entries`).set(merchant.user.auth).send(offer).expect(409)).body.error.code).toBe('ENROLMENT_CLOSED');
  });

  it('refuses joining without a token (401), for a resident, a pending merchant and a merchant of another alliance (403), unknown campaign (404)', async () => {
    const alliance = await makeAlliance(ts);
    const other = await makeAlliance(ts);
    const campaign = await makeCampaign(ts, alliance);
    const outsider = await makeMerchant(ts, other);
    const resident = await makeUser(ts);
    const pendingUser = await makeUser(ts);
    await ts.http.post('/api/merchants').set(pendingUser.auth).send({ allianceId: alliance.id, name: '待审', category: '餐饮', address: '某路', contactPhone: '13900000000' }).expect(201);
    const url = `/api/campaigns/${campaign.id}/entries`;
    await ts.http.post(url).send(offer).expect(401);
    for (const u of [resident, pendingUser, outsider.user]) expect((await ts.http.post(url).set(u.auth).send(offer).expect(403)).body.error.code).toBe('NOT_ALLIANCE_MERCHANT');
    await ts.http.post('/api/campaigns/999999/entries').set(outsider.user.auth).send(offer).expect(404);
  });

  it.each([[{ quota: 0 }, 'quota'], [{ quota: 1.5 }, 'quota'], [{ offerTitle: '' }, 'offerTitle']])('answers 400 for an entry with %j', async (override, field) => {
    const alliance = await makeAlliance(ts);
    const merchant = await makeMerchant(ts, alliance);
    const campaign = await makeCampaign(ts, alliance);
    const res = await ts.http.post(`/api/campaigns/${campaign.id}/entries`).set(merchant.user.auth).send({ ...offer, ...override }).expect(400);
    expect(res.body.error.details.map((d: { field: string }) => d.field)).toContain(field);
  });

  it('refuses entry review by a resident (403), another alliance admin (403 OUT_OF_SCOPE); 404 for an entry of another campaign', async () => {
    const { alliance, campaign, entryId } = await makeOffer(ts);
    const other = await makeAlliance(ts);
    const otherCampaign = await makeCampaign(ts, alliance);
    const resident = await makeUser(ts);
    await ts.http.post(`/api/campaigns/${campaign.id}/entries/${entryId}/approve`).set(resident.auth).expect(403);
    expect((await ts.http.post(`/api/campaigns/${campaign.id}/entries/${entryId}/reject`).set(other.admin.auth).send({ reason: 'x' }).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    await ts.http.post(`/api/campaigns/${otherCampaign.id}/entries/${entryId}/approve`).set(alliance.admin.auth).expect(404);
    await ts.http.get('/api/admin/campaign-entries').set(resident.auth).expect(403);
    expect((await ts.http.get('/api/admin/campaign-entries?pageSize=100').set(other.admin.auth).expect(200)).body.items.some((e: { id: number }) => e.id === entryId)).toBe(false);
  });
});

describe('claims', () => {
  it('gives a resident one claim with an unguessable code, shown in my coupons with a QR code', async () => {
    const { campaign, entryId } = await makeOffer(ts);
    const resident = await makeUser(ts);
    const res = await ts.http.post(`/api/campaign-entries/${entryId}/claims`).set(resident.auth).expect(201);
    expect(res.body).toMatchObject({ id: expect.any(Number), entryId });
    expect(res.body.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{16}$/);
    expect((await ts.http.post(`/api/campaign-entries/${entryId}/claims`).set(resident.auth).expect(409)).body.error.code).toBe('ALREADY_CLAIMED');

    const one = await ts.http.get(`/api/campaigns/${campaign.id}`).set(resident.auth).expect(200);
    expect(one.body.entries[0]).toMatchObject({ claimedCount: 1, remaining: 9, claimedByMe: true });
    const mine = await ts.http.get('/api/me/claims').set(resident.auth).expect(200);
    expect(mine.body).toMatchObject({ total: 1, items: [expect.objectContaining({ code: res.body.code, state: 'unused', offerTitle: '满100减20', merchant: expect.objectContaining({ name: '测试商户' }) })] });
    expect(mine.body.items[0].qrDataUrl).toMatch(/^data:image\/png;base64,/);
  });

  it('never gives out more than the quota: the next claim answers 409 SOLD_OUT', async () => {
    const { entryId } = await makeOffer(ts, 2);
    for (let i = 0; i < 2; i++) await ts.http.post(`/api/campaign-entries/${entryId}/claims`).set((await makeUser(ts)).auth).expect(201);
    const res = await ts.http.post(`/api/campaign-entries/${entryId}/claims`).set((await makeUser(ts)).auth).expect(409);
    expect(res.body.error.code).toBe('SOLD_OUT');
  });

  it('holds quota and one per person with many claims at once', async () => {
    const { entryId, campaign } = await makeOffer(ts, 7);
    const users = await Promise.all(Array.from({ length: 15 }, () => makeUser(ts)));
    const results = await Promise.all([...users, ...users.slice(0, 5)].map((u) => ts.http.post(`/api/campaign-entries/${entryId}/claims`).set(u.auth)));
    expect(results.filter((r) => r.status === 201)).toHaveLength(7);
    expect(results.filter((r) => r.status === 409)).toHaveLength(13);
    const codes = new Set(results.filter((r) => r.status === 201).map((r) => r.body.code));
    expect(codes.size).toBe(7);
    expect((await ts.http.get(`/api/campaigns/${campaign.id}`).expect(200)).body.entries[0]).toMatchObject({ claimedCount: 7, remaining: 0 });
  });

  it('answers 409 before the campaign starts, after it ends (CAMPAIGN_NOT_RUNNING), and for an entry not approved (ENTRY_NOT_APPROVED)', async () => {
    const { campaign, entryId, alliance, merchant } = await makeOffer(ts);
    const resident = await makeUser(ts);
    await setDates(campaign.id, 2, 10);
    expect((await ts.http.post(`/api/campaign-entries/${entryId}/claims`).set(resident.auth).expect(409)).body.error.code).toBe('CAMPAIGN_NOT_RUNNING');
    await setDates(campaign.id, -10, -2);
    expect((await ts.http.post(`/api/campaign-entries/${entryId}/claims`).set(resident.auth).expect(409)).body.error.code).toBe('CAMPAIGN_NOT_RUNNING');
    const next = await makeCampaign(ts, alliance);
    const pending = await ts.http.post(`/api/campaigns/${next.id}/entries`).set(merchant.user.auth).send(offer).expect(201);
    expect((await ts.http.post(`/api/campaign-entries/${pending.body.id}/claims`).set(resident.auth).expect(409)).body.error.code).toBe('ENTRY_NOT_APPROVED');
  });

  it('answers 401 without a token, 404 for an unknown entry, 400 for a bad id', async () => {
    await ts.http.post('/api/campaign-entries/1/claims').expect(401);
    const resident = await makeUser(ts);
    await ts.http.post('/api/campaign-entries/999999/claims').set(resident.auth).expect(404);
    await ts.http.post('/api/campaign-entries/x/claims').set(resident.auth).expect(400);
    await ts.http.get('/api/me/claims?state=lost').set(resident.auth).expect(400);
  });
});

describe('redemptions', () => {
  it("redeems a claim once by the entry's merchant (typed in lower case with spaces), then 409 ALREADY_REDEEMED; the coupon shows as used", async () => {
    const { entryId, merchant } = await makeOffer(ts);
    const resident = await makeUser(ts);
    const claim = await ts.http.post(`/api/campaign-entries/${entryId}/claims`).set(resident.auth).expect(201);
    const typed = claim.body.code.toLowerCase().replace(/(.{4})/g, '$1 ');
    const res = await ts.http.post(`/api/campaign-entries/${entryId}/redemptions`).set(merchant.user.auth).send({ code: typed }).expect(201);
    expect(res.body).toMatchObject({ claimId: claim.body.id, entryId, redeemedAt: expect.any(String) });
    const again = await ts.http.post(`/api/campaign-entries/${entryId}/redemptions`).set(merchant.user.auth).send({ code: claim.body.code }).expect(409);
    expect(again.body.error.code).toBe('ALREADY_REDEEMED');
    const mine = await ts.http.get('/api/me/claims?state=used').set(resident.auth).expect(200);
    expect(mine.body.items).toEqual([expect.objectContaining({ id: claim.body.id, state: 'used', qrDataUrl: null })]);
  });

  it('redeems once when two tills scan the same code at once', async () => {
    const { entryId, merchant } = await makeOffer(ts);
    const claim = await ts.http.post(`/api/campaign-entries/${entryId}/claims`).set((await makeUser(ts)).auth).expect(201);
    const results = await Promise.all(Array.from({ length: 6 }, () => ts.http.post(`/api/campaign-entries/${entryId}/redemptions`).set(merchant.user.auth).send({ code: claim.body.code })));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
  });

  it('refuses another merchant, a resident and an admin (403 NOT_ENTRY_MERCHANT), no token (401)', async () => {
    const { entryId, alliance } = await makeOffer(ts);
    const otherMerchant = await makeMerchant(ts, alliance);
    const claimer = await makeUser(ts);
    const claim = await ts.http.post(`/api/campaign-entries/${entryId}/claims`).set(claimer.auth).expect(201);
    const url = `/api/campaign-entries/${entryId}/redemptions`;
    await ts.http.post(url).send({ code: claim.body.code }).expect(401);
    for (const u of [otherMerchant.user, claimer, alliance.admin]) expect((await ts.http.post(url).set(u.auth).send({ code: claim.body.code }).expect(403)).body.error.code).toBe('NOT_ENTRY_MERCHANT');
  });

  it("answers 404 for a wrong code or another entry's code, 404 for an unknown entry, 400 for an empty code", async () => {
    const a = await makeOffer(ts);
    const b = await makeOffer(ts);
    const claimB = await ts.http.post(`/api/campaign-entries/${b.entryId}/claims`).set((await makeUser(ts)).auth).expect(201);
    const url = `/api/campaign-entries/${a.entryId}/redemptions`;
    await ts.http.post(url).set(a.merchant.user.auth).send({ code: 'ABCDEFGHJKMNPQRS' }).expect(404);
    await ts.http.post(url).set(a.merchant.user.auth).send({ code: claimB.body.code }).expect(404);
    await ts.http.post('/api/campaign-entries/999999/redemptions').set(a.merchant.user.auth).send({ code: 'X' }).expect(404);
    await ts.http.post(url).set(a.merchant.user.auth).send({ code: '' }).expect(400);
  });

  it('answers 409 CAMPAIGN_NOT_RUNNING after the campaign ended; the unused coupon shows as expired', async () => {
    const { entryId, merchant, campaign } = await makeOffer(ts);
    const resident = await makeUser(ts);
    const claim = await ts.http.post(`/api/campaign-entries/${entryId}/claims`).set(resident.auth).expect(201);
    await setDates(campaign.id, -10, -1);
    const res = await ts.http.post(`/api/campaign-entries/${entryId}/redemptions`).set(merchant.user.auth).send({ code: claim.body.code }).expect(409);
    expect(res.body.error.code).toBe('CAMPAIGN_NOT_RUNNING');
    const mine = await ts.http.get('/api/me/claims?state=expired').set(resident.auth).expect(200);
    expect(mine.body.items).toEqual([expect.objectContaining({ id: claim.body.id, state: 'expired', qrDataUrl: null })]);
    expect((await ts.http.get('/api/me/claims?state=unused').set(resident.auth).expect(200)).body.total).toBe(0);
  });
});

describe('stats', () => {
  async function campaignWithTwoMerchants() {
    const { alliance, merchant, campaign, entryId } = await makeOffer(ts);
    const second = await makeMerchant(ts, alliance);
    const entry2 = await ts.http.post(`/api/campaigns/${campaign.id}/entries`).set(second.user.auth).send(offer).expect(201);
    await ts.http.post(`/api/campaigns/${campaign.id}/entries/${entry2.body.id}/approve`).set(alliance.admin.auth).expect(200);
    const codes: string[] = [];
    for (let i = 0; i < 4; i++) codes.push((await ts.http.post(`/api/campaign-entries/${entryId}/claims`).set((await makeUser(ts)).auth).expect(201)).body.code);
    await ts.http.post(`/api/campaign-entries/${entry2.body.id}/claims`).set((await makeUser(ts)).auth).expect(201);
    for (const code of codes.slice(0, 3)) await ts.http.post(`/api/campaign-entries/${entryId}/redemptions`).set(merchant.user.auth).send({ code }).expect(201);
    return { alliance, merchant, second, campaign, entryId, entry2: entry2.body.id as number };
  }

  it('gives an admin claims, redemptions and rate per entry and per day (Asia/Shanghai), and an Excel export', async () => {
    const { alliance, campaign, entryId, entry2 } = await campaignWithTwoMerchants();
    const res = await ts.http.get(`/api/campaigns/${campaign.id}/stats`).set(alliance.admin.auth).expect(200);
    expect(res.body.totals).toEqual({ claims: 5, redemptions: 3, redemptionRate: 0.6 });
    expect(res.body.entries).toEqual([
      expect.objectContaining({ entryId, claims: 4, redemptions: 3, redemptionRate: 0.75, merchantName: '测试商户' }),
      expect.objectContaining({ entryId: entry2, claims: 1, redemptions: 0, redemptionRate: 0 }),
    ]);
    const today = new Date(Date.now() + 8 * 3600000).toISOString().slice(0, 10);
    expect(res.body.days).toEqual([{ day: today, claims: 5, redemptions: 3, redemptionRate: 0.6 }]);

    const xlsx = await ts.http.get(`/api/campaigns/${campaign.id}/stats?format=xlsx`).set(alliance.admin.auth).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body);
    expect(book.getWorksheet('按商户')!.getRow(2).getCell(4).value).toBe(4);
    expect(book.getWorksheet('按日')!.getRow(2).getCell(1).value).toBe(today);
  });

  it("shows a merchant only their own entry's figures", async () => {
    const { merchant, second, campaign, entryId, entry2 } = await campaignWithTwoMerchants();
    const mine = await ts.http.get(`/api/campaigns/${campaign.id}/stats`).set(merchant.user.auth).expect(200);
    expect(mine.body.entries.map((e: { entryId: number }) => e.entryId)).toEqual([entryId]);
    expect(mine.body.totals).toEqual({ claims: 4, redemptions: 3, redemptionRate: 0.75 });
    const theirs = await ts.http.get(`/api/campaigns/${campaign.id}/stats`).set(second.user.auth).expect(200);
    expect(theirs.body.entries.map((e: { entryId: number }) => e.entryId)).toEqual([entry2]);
  });

  it('refuses a resident, a merchant not in the campaign (403 NOT_CAMPAIGN_MERCHANT), another alliance admin, no token (401); 404 unknown', async () => {
    const { alliance, campaign } = await makeOffer(ts);
    const bystander = await makeMerchant(ts, alliance);
    const other = await makeAlliance(ts);
    const url = `/api/campaigns/${campaign.id}/stats`;
    await ts.http.get(url).expect(401);
    for (const u of [await makeUser(ts), bystander.user, other.admin]) expect((await ts.http.get(url).set(u.auth).expect(403)).body.error.code).toBe('NOT_CAMPAIGN_MERCHANT');
    await ts.http.get('/api/campaigns/999999/stats').set(alliance.admin.auth).expect(404);
    await ts.http.get(`${url}?format=pdf`).set(alliance.admin.auth).expect(400);
  });
});
