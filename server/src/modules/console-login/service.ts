import { createHash, randomBytes } from 'node:crypto';
import { LessThanOrEqual, MoreThan } from 'typeorm';
import { isAdmin, type Actor } from '../../core/actor';
import type { Deps } from '../../deps';
import { Conflict, Forbidden, Invalid, NotFound, TooManyRequests } from '../../errors';
import { adminScopes, signToken, User, UserRole } from '../auth';
import { ConsoleLoginTicket, type TicketState } from './entities';

/** A ticket lives this long: time enough to take out the phone, scan and confirm. */
export const TICKET_TTL_MS = 3 * 60_000;
/** Tickets one address may ask for per minute (the console asks for a new one when one expires). */
const TICKETS_PER_MINUTE = 10;
/** The QR payload: a prefix the mini program recognises, the ticket id and the scan code. */
const PAYLOAD = /^spb-console-login:(\d{1,12}):([0-9a-f]{32})$/;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const secret = () => randomBytes(16).toString('hex');
const now = (deps: Deps) => deps.clock.now();

/** What the admin's phone shows of the console: the browser and the address it asked from. */
function where(t: ConsoleLoginTicket) {
  const ua = t.userAgent;
  const browser = /Edg\//.test(ua) ? 'Edge' : /Firefox\//.test(ua) ? 'Firefox' : /Chrom(e|ium)\//.test(ua) ? 'Chrome' : /Safari\//.test(ua) ? 'Safari' : '浏览器';
  const os = /Windows/.test(ua) ? 'Windows' : /Mac OS X/.test(ua) ? 'macOS' : /Linux/.test(ua) ? 'Linux' : '';
  return { ip: t.ip, browser: [browser, os].filter(Boolean).join(' · ') };
}

/** The admin as the other side shows them: nickname, and what they administer. */
async function whoIs(deps: Deps, userId: number) {
  const user = await deps.db.manager.findOneByOrFail(User, { id: userId });
  if (await deps.db.manager.existsBy(UserRole, { userId, role: 'district_admin' })) return { nickname: user.nickname, roleLabel: '区级管理员' };
  const scopes = await adminScopes(deps.db.manager, userId);
  return { nickname: user.nickname, roleLabel: scopes.length ? `${scopes.map((s) => s.name).join('、')}管理员` : '非管理员' };
}

export async function createTicket(deps: Deps, client: { ip: string; userAgent: string }) {
  const at = now(deps);
  const recent = await deps.db.manager.countBy(ConsoleLoginTicket, { ip: client.ip, expiresAt: MoreThan(new Date(at.getTime() + TICKET_TTL_MS - 60_000)) });
  if (recent >= TICKETS_PER_MINUTE) throw new TooManyRequests(60, '登录二维码刷新太频繁，请稍后再试');
  const scanCode = secret();
  const pollSecret = secret();
  const ticket = await deps.db.manager.save(
    deps.db.manager.create(ConsoleLoginTicket, {
      scanCodeHash: sha256(scanCode), pollSecretHash: sha256(pollSecret), status: 'pending',
      expiresAt: new Date(at.getTime() + TICKET_TTL_MS), ip: client.ip.slice(0, 64), userAgent: client.userAgent.slice(0, 200), scannedById: null,
    }),
  );
  return { ticketId: ticket.id, qrPayload: `spb-console-login:${ticket.id}:${scanCode}`, pollSecret, expiresAt: ticket.expiresAt.toISOString() };
}

const expired = (deps: Deps, t: ConsoleLoginTicket) => t.expiresAt.getTime() <= now(deps).getTime();
const stateOf = (deps: Deps, t: ConsoleLoginTicket): TicketState | 'expired' => (t.status !== 'used' && t.status !== 'cancelled' && expired(deps, t) ? 'expired' : t.status);

/**
 * The console polls its ticket. The token is handed out once: the confirmed → used transition is
 * one conditional UPDATE, so of two polls racing only one gets it.
 */
export async function pollTicket(deps: Deps, id: number, pollSecret: string) {
  const db = deps.db.manager;
  const t = await db.findOneBy(ConsoleLoginTicket, { id });
  if (!t || t.pollSecretHash !== sha256(pollSecret)) throw new NotFound('登录二维码');
  const status = stateOf(deps, t);
  const scannedBy = t.scannedById && status !== 'used' ? await whoIs(deps, t.scannedById) : undefined;
  if (status !== 'confirmed') return { status, ...(scannedBy ? { scannedBy } : {}) };
  const taken = await db.update(ConsoleLoginTicket, { id, status: 'confirmed', expiresAt: MoreThan(now(deps)) }, { status: 'used' });
  if (!taken.affected) return { status: 'used' as const };
  return { status: 'confirmed' as const, scannedBy, token: signToken(deps, t.scannedById!) };
}

function parsePayload(qrPayload: string) {
  const m = PAYLOAD.exec(qrPayload.trim());
  if (!m) throw new Invalid('这不是桌面端登录二维码', undefined, 'NOT_A_LOGIN_CODE');
  return { id: Number(m[1]), scanCodeHash: sha256(m[2]) };
}

/** An admin scans the console's QR code: the ticket is theirs to confirm from now on. */
export async function scanTicket(deps: Deps, actor: Actor, qrPayload: string) {
  if (!isAdmin(actor)) throw new Forbidden('只有管理员可以登录桌面端', 'NOT_ADMIN');
  const { id, scanCodeHash } = parsePayload(qrPayload);
  const db = deps.db.manager;
  const t = await db.findOneBy(ConsoleLoginTicket, { id, scanCodeHash });
  if (!t) throw new NotFound('登录二维码');
  if (!(t.status === 'scanned' && t.scannedById === actor.id)) {
    const claimed = await db.update(ConsoleLoginTicket, { id, status: 'pending', expiresAt: MoreThan(now(deps)) }, { status: 'scanned', scannedById: actor.id });
    if (!claimed.affected) throw refusal(deps, (await db.findOneByOrFail(ConsoleLoginTicket, { id })));
  }
  return { ticketId: t.id, user: await whoIs(deps, actor.id), where: where(t), expiresAt: t.expiresAt.toISOString() };
}

function refusal(deps: Deps, t: ConsoleLoginTicket) {
  if (stateOf(deps, t) === 'expired') return new Conflict('TICKET_EXPIRED', '登录二维码已过期，请在电脑上刷新');
  if (t.status === 'scanned') return new Conflict('TICKET_SCANNED', '该二维码已被其他管理员扫描');
  return new Conflict('TICKET_USED', '该二维码已使用，请在电脑上刷新');
}

/** Confirm or cancel: only the admin who scanned the ticket, only while it waits for them. */
export async function decideTicket(deps: Deps, actor: Actor, id: number, decision: 'confirmed' | 'cancelled') {
  if (!isAdmin(actor)) throw new Forbidden('只有管理员可以登录桌面端', 'NOT_ADMIN');
  const db = deps.db.manager;
  const t = await db.findOneBy(ConsoleLoginTicket, { id });
  if (!t) throw new NotFound('登录二维码');
  if (t.status === 'pending' && !expired(deps, t)) throw new Conflict('TICKET_NOT_SCANNED', '请先扫描电脑上的二维码');
  if (t.scannedById !== actor.id && t.status !== 'pending') throw new Forbidden('该二维码由其他管理员扫描', 'NOT_SCANNER');
  const done = await db.update(ConsoleLoginTicket, { id, status: 'scanned', scannedById: actor.id, expiresAt: MoreThan(now(deps)) }, { status: decision });
  if (!done.affected) throw refusal(deps, (await db.findOneByOrFail(ConsoleLoginTicket, { id })));
  return { status: decision };
}

/** Old tickets are of no use to anyone; the job keeps the table small. */
export async function purgeTickets(deps: Deps, at: Date) {
  await deps.db.manager.delete(ConsoleLoginTicket, { expiresAt: LessThanOrEqual(new Date(at.getTime() - 24 * 3600_000)) });
}
