import jwt from 'jsonwebtoken';
import { In, type EntityManager } from 'typeorm';
import type { Deps } from '../../deps';
import { Unauthenticated } from '../../errors';
import { Organization } from '../orgs/entities';
import type { Actor } from './actor';
import { AdminScope, User, type Role } from './entities';

export function signToken(deps: Deps, userId: number): string {
  return jwt.sign({}, deps.config.jwtSecret, { subject: String(userId), expiresIn: deps.config.jwtTtlSeconds, algorithm: 'HS256' });
}

/** Verifies a bearer token and loads the caller's roles and admin scopes fresh from the database. */
export async function actorFromToken(deps: Deps, token: string): Promise<Actor> {
  let userId: number;
  try {
    const payload = jwt.verify(token, deps.config.jwtSecret, { algorithms: ['HS256'] }) as jwt.JwtPayload;
    userId = Number(payload.sub);
  } catch (err) {
    throw new Unauthenticated(err instanceof jwt.TokenExpiredError ? '登录已过期，请重新登录' : '登录凭证无效', 'INVALID_TOKEN');
  }
  const actor = await loadActor(deps.db.manager, userId);
  if (!actor) throw new Unauthenticated('登录凭证无效', 'INVALID_TOKEN');
  return actor;
}

/** The user with roles and admin scope paths, or null when there is no such user. */
async function loadActor(db: EntityManager, userId: number): Promise<Actor | null> {
  const user = await db.findOneBy(User, { id: userId });
  if (!user) return null;
  const scopes = await db
    .createQueryBuilder(AdminScope, 's')
    .innerJoin(Organization, 'o', 'o.id = s.organizationId')
    .select('o.path', 'path')
    .where('s.userId = :id', { id: user.id })
    .getRawMany<{ path: string }>();
  return { id: user.id, openid: user.openid, roles: allRoles(user, scopes.length > 0), scopePaths: scopes.map((s) => s.path) };
}

const allRoles = (user: User, hasScope: boolean): Role[] => {
  const roles = new Set<Role>(['resident', ...user.roles]);
  if (hasScope) roles.add('org_admin');
  return [...roles];
};

/** WeChat login: code → openid (via the WeChat API) → the user, created on first login. */
export async function loginWithWechat(deps: Deps, code: string) {
  const { openid } = await deps.wechat.code2Session(code);
  // INSERT IGNORE-style: two first logins racing on one openid both end with the same row.
  await deps.db.manager
    .createQueryBuilder()
    .insert()
    .into(User)
    .values({ openid, nickname: `微信用户${openid.slice(-4)}`, roles: [] })
    .orIgnore()
    .updateEntity(false)
    .execute();
  const user = await deps.db.manager.findOneByOrFail(User, { openid });
  const actor = (await loadActor(deps.db.manager, user.id))!;
  return { token: signToken(deps, user.id), user: { id: user.id, nickname: user.nickname, roles: actor.roles } };
}

/** Grants a role for a reason another module owns (member binding approved, merchant approved). */
export async function grantRole(db: EntityManager, userId: number, role: Role): Promise<void> {
  const user = await db.findOneByOrFail(User, { id: userId });
  if (user.roles.includes(role)) return;
  await db.update(User, { id: userId }, { roles: [...user.roles, role] });
}

export async function adminScopes(db: EntityManager, userId: number) {
  const scopes = await db.findBy(AdminScope, { userId });
  if (!scopes.length) return [];
  const orgs = await db.findBy(Organization, { id: In(scopes.map((s) => s.organizationId)) });
  return orgs.map((o) => ({ organizationId: o.id, name: o.name, kind: o.kind }));
}

export async function userNicknames(db: EntityManager, ids: number[]): Promise<Map<number, string>> {
  if (!ids.length) return new Map();
  const users = await db.find(User, { where: { id: In([...new Set(ids)]) }, select: { id: true, nickname: true } });
  return new Map(users.map((u) => [u.id, u.nickname]));
}
