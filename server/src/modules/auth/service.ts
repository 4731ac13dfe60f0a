import { createSecretKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { Actor, Role } from '../../core/actor';
import type { Deps } from '../../deps';
import { Unauthenticated } from '../../errors';
import { Organization } from '../orgs';
import { ExpiringCache, perDatabase } from '../../core/expiring-cache';
import { AdminScope, User, UserRole } from './entities';

/**
 * The HS256 key as a KeyObject, made once per secret. Given a string, jsonwebtoken first tries it as
 * a PEM public key and builds the secret key in the `catch` — a thrown error on every request, ~10 %
 * of a sign-up's CPU in the flash-crowd profile (docs/performance/flash-signup.md).
 */
const jwtKeys = new Map<string, KeyObject>();
function jwtKey(secret: string): KeyObject {
  let key = jwtKeys.get(secret);
  if (!key) jwtKeys.set(secret, (key = createSecretKey(Buffer.from(secret, 'utf8'))));
  return key;
}

export function signToken(deps: Deps, userId: number): string {
  return jwt.sign({}, jwtKey(deps.config.jwtSecret), { subject: String(userId), expiresIn: deps.config.jwtTtlSeconds, algorithm: 'HS256' });
}

/**
 * Loaded actors, per database, kept ACTOR_TTL_MS so a user's burst of requests (open the page, sign
 * up, look at the result) costs one load instead of one per request. The trade-off, and the promise:
 * a role or admin scope granted or revoked in this process takes effect at once (the writer forgets
 * the entry); in another process (or directly in the database) within ACTOR_TTL_MS — a revoked admin
 * is refused at most 5 s later everywhere. A deleted user keeps working that long. The token itself is
 * verified on every request.
 */
const ACTOR_TTL_MS = 5_000;
/** Bounds memory under a crowd of distinct users; past it, the oldest entries go first. */
const ACTOR_CACHE_MAX = 20_000;
const actorCache = perDatabase<DataSource, ExpiringCache<number, Actor>>(() => new ExpiringCache(ACTOR_TTL_MS, ACTOR_CACHE_MAX));

/** Drops a user's cached actor in this process (after their roles change here). */
export function forgetActor(db: DataSource, userId: number): void {
  actorCache(db).delete(userId);
}

/** Verifies a bearer token and answers the caller's roles and admin scopes (at most ACTOR_TTL_MS old). */
export async function actorFromToken(deps: Deps, token: string): Promise<Actor> {
  let payload: jwt.JwtPayload;
  try {
    payload = jwt.verify(token, jwtKey(deps.config.jwtSecret), { algorithms: ['HS256'] }) as jwt.JwtPayload;
  } catch (err) {
    throw new Unauthenticated(err instanceof jwt.TokenExpiredError ? '登录已过期，请重新登录' : '登录凭证无效', 'INVALID_TOKEN');
  }
  // We sign only tokens that expire, for a decimal user id: anything else was not made here
  // (`Number("1e3")` would be user 1000, `Number("x")` NaN and a database error).
  if (typeof payload.exp !== 'number' || typeof payload.sub !== 'string' || !/^[1-9]\d{0,15}$/.test(payload.sub))
    throw new Unauthenticated('登录凭证无效', 'INVALID_TOKEN');
  const userId = Number(payload.sub);
  const cache = actorCache(deps.db);
  const hit = cache.get(userId);
  if (hit) return hit;
  const actor = await loadActor(deps.db.manager, userId);
  if (!actor) throw new Unauthenticated('登录凭证无效', 'INVALID_TOKEN');
  cache.set(userId, actor);
  return actor;
}

/**
 * The user with roles and admin scope paths, or null when there is no such user. One statement
 * (a row per admin scope, the granted roles folded into each), raw: it runs for every request that
 * misses the actor cache.
 */
async function loadActor(db: EntityManager, userId: number): Promise<Actor | null> {
  const rows: { id: number; openid: string; roles: string | null; path: string | null }[] = await db.query(
    `SELECT u.id, u.openid, (SELECT GROUP_CONCAT(r.role) FROM user_roles r WHERE r.userId = u.id) AS roles, o.path FROM users u
     LEFT JOIN admin_scopes s ON s.userId = u.id LEFT JOIN organizations o ON o.id = s.organizationId
     WHERE u.id = ?`,
    [userId],
  );
  if (!rows.length) return null;
  const { id, openid, roles } = rows[0];
  const scopePaths = rows.flatMap((r) => (r.path === null ? [] : [r.path]));
  return { id: Number(id), openid, roles: allRoles(roles ? (roles.split(',') as Role[]) : [], scopePaths.length > 0), scopePaths };
}

const allRoles = (granted: Role[], hasScope: boolean): Role[] => {
  const roles = new Set<Role>(['resident', ...granted]);
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
    .values(newUser(openid))
    .orIgnore()
    .updateEntity(false)
    .execute();
  const user = await deps.db.manager.findOneByOrFail(User, { openid });
  const actor = (await loadActor(deps.db.manager, user.id))!;
  return { token: signToken(deps, user.id), user: { id: user.id, nickname: user.nickname, roles: actor.roles } };
}

/** A user row as first login makes it (also for an admin granted before they ever logged in). */
export const newUser = (openid: string) => ({ openid, nickname: `微信用户${openid.slice(-4)}` });

/**
 * Grants a role for a reason another module owns (member binding approved, merchant approved): one
 * INSERT that a repeat ignores, so concurrent grants of different roles all land.
 */
export async function grantRole(db: EntityManager, userId: number, role: Role): Promise<void> {
  await db.createQueryBuilder().insert().into(UserRole).values({ userId, role }).orIgnore().updateEntity(false).execute();
  forgetActor(db.connection, userId);
}

/** Takes a granted role away: one DELETE. */
export async function revokeRole(db: EntityManager, userId: number, role: Role): Promise<void> {
  await db.delete(UserRole, { userId, role });
  forgetActor(db.connection, userId);
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
