import crypto from 'node:crypto';
import { createOrganization } from '../../server/src/modules/orgs/seed';
import { makeStreet, makeUser, type TestUser } from './helpers/factories';
import type { TestServer } from './helpers/server';

/** Factories for the campaign tests, all through the HTTP API except the organisation itself. */
const HOUR = 3600000;
export const at = (offsetHours: number) => new Date(Date.now() + offsetHours * HOUR).toISOString();

export async function makeAlliance(ts: TestServer) {
  const { organization: street } = await makeStreet(ts);
  const organization = await createOrganization(ts.deps.db.manager, `商圈综合党委${crypto.randomBytes(3).toString('hex')}`, 'joint_committee', street);
  const admin = await makeUser(ts, { adminOf: organization.id });
  const res = await ts.http.post('/api/alliances').set(admin.auth).send({ organizationId: organization.id, name: '测试商圈联盟' }).expect(201);
  return { id: res.body.id as number, organization, street, admin };
}

export const merchantInput = (allianceId: number) => ({ allianceId, name: '测试商户', category: '餐饮', address: '城阳区测试路1号', contactPhone: '13912345678' });

export async function makeMerchant(ts: TestServer, alliance: { id: number; admin: TestUser }) {
  const user = await makeUser(ts);
  const res = await ts.http.post('/api/merchants').set(user.auth).send(merchantInput(alliance.id)).expect(201);
  await ts.http.post(`/api/admin/merchants/${res.body.id}/approve`).set(alliance.admin.auth).expect(200);
  return { user, id: res.body.id as number };
}

export const campaignInput = (allianceId: number, o: Record<string, unknown> = {}) => ({
  allianceId, title: '五一欢乐购物汇', description: '商圈联合优惠', enrollDeadline: at(24), startAt: at(-1), endAt: at(48), ...o,
});

export async function makeCampaign(ts: TestServer, alliance: { id: number; admin: TestUser }, o: Record<string, unknown> = {}) {
  const res = await ts.http.post('/api/campaigns').set(alliance.admin.auth).send(campaignInput(alliance.id, o)).expect(201);
  return res.body as { id: number };
}

/** A running campaign with one approved entry of the given quota, and its merchant. */
export async function makeOffer(ts: TestServer, quota = 10) {
  const alliance = await makeAlliance(ts);
  const merchant = await makeMerchant(ts, alliance);
  const campaign = await makeCampaign(ts, alliance);
  const entry = await ts.http.post(`/api/campaigns/${campaign.id}/entries`).set(merchant.user.auth).send({ offerTitle: '满100减20', offerDetail: '全场通用', quota }).expect(201);
  await ts.http.post(`/api/campaigns/${campaign.id}/entries/${entry.body.id}/approve`).set(alliance.admin.auth).expect(200);
  return { alliance, merchant, campaign, entryId: entry.body.id as number };
}
