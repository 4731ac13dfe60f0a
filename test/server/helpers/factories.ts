import crypto from 'node:crypto';
import { AdminScope, User, UserRole } from '../../../server/src/modules/auth/entities';
import type { Role } from '../../../server/src/core/actor';
import { Community, Organization, Street } from '../../../server/src/modules/orgs/entities';
import { createOrganization } from '../../../server/src/modules/orgs/seed';
import { PartyMember } from '../../../server/src/modules/members/entities';
import type { TestServer } from './server';

/** Small factories: each test makes the rows it needs. Demo data is never a fixture. */
const unique = () => crypto.randomBytes(4).toString('hex');

export async function makeDistrict(ts: TestServer): Promise<Organization> {
  const db = ts.deps.db.manager;
  return (await db.findOneBy(Organization, { kind: 'district_committee' })) ?? createOrganization(db, '测试区委', 'district_committee', null);
}

export async function makeStreet(ts: TestServer, name = `街道${unique()}`) {
  const db = ts.deps.db.manager;
  const organization = await createOrganization(db, `${name}党工委`, 'street_committee', await makeDistrict(ts));
  const street = await db.save(db.create(Street, { name, organizationId: organization.id }));
  return { street, organization };
}

export async function makeCommunity(ts: TestServer, o: { streetId?: number; name?: string; kind?: 'rural' | 'urban' } = {}) {
  const db = ts.deps.db.manager;
  const street = o.streetId ? await db.findOneByOrFail(Street, { id: o.streetId }) : (await makeStreet(ts)).street;
  const streetOrg = await db.findOneByOrFail(Organization, { id: street.organizationId });
  const name = o.name ?? `社区${unique()}`;
  const organization = await createOrganization(db, `${name}党委`, 'party_committee', streetOrg);
  const community = await db.save(db.create(Community, { name, kind: o.kind ?? 'rural', streetId: street.id, organizationId: organization.id }));
  return { community, organization, street };
}

export interface TestUser {
  id: number;
  openid: string;
  token: string;
  auth: { Authorization: string };
}

/**
 * A user logged in through the real login route (code → WeChat fake → token), then given roles:
 * `adminOf` grants an admin scope, `memberOf` a party-member binding, `roles` any other role.
 */
export async function makeUser(ts: TestServer, o: { roles?: Role[]; adminOf?: number; memberOf?: number } = {}): Promise<TestUser> {
  const code = `u_${unique()}`;
  const db = ts.deps.db.manager;
  const user = await db.findOneBy(User, { openid: `o_${code}` });
  if (!user) {
    await db.insert(User, { openid: `o_${code}`, nickname: `用户${code.slice(-4)}` });
  }
  const created = await db.findOneByOrFail(User, { openid: `o_${code}` });
  const roles = new Set(o.roles ?? []);
  if (o.adminOf) await db.insert(AdminScope, { userId: created.id, organizationId: o.adminOf });
  if (o.memberOf) {
    await db.insert(PartyMember, { userId: created.id, name: '测试党员', phone: '13800000000', organizationId: o.memberOf });
    roles.add('member');
  }
  for (const role of roles) await db.insert(UserRole, { userId: created.id, role });
  const res = await ts.http.post('/api/auth/wechat').send({ code }).expect(200);
  return { id: created.id, openid: created.openid, token: res.body.token, auth: { Authorization: `Bearer ${res.body.token}` } };
}
