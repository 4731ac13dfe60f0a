import jwt from 'jsonwebtoken';
import { User } from '../../server/src/modules/auth/entities';
import { PartyMember } from '../../server/src/modules/members/entities';
import type { TestServer } from './helpers/server';

/**
 * Many voters at once, inserted directly and signed like the login route does (the tests are about
 * ballots, not logins): party members of `organizationId`, or plain residents without it.
 */
export async function voters(ts: TestServer, n: number, organizationId?: number) {
  const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const db = ts.deps.db.manager;
  await db.insert(User, Array.from({ length: n }, (_, i) => ({ openid: `o_voter_${tag}_${i}`, nickname: `选民${i}` })));
  const users = await db.createQueryBuilder(User, 'u').where('u.openid LIKE :p', { p: `o_voter_${tag}_%` }).orderBy('u.id', 'ASC').getMany();
  if (organizationId) await db.insert(PartyMember, users.map((u, i) => ({ userId: u.id, name: `党员${i}`, phone: '13800000000', organizationId })));
  return users.map((u) => ({ id: u.id, auth: { Authorization: `Bearer ${jwt.sign({}, ts.deps.config.jwtSecret, { subject: String(u.id), expiresIn: 3600 })}` } }));
}
