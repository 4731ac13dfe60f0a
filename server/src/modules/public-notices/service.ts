import type { EntityManager } from 'typeorm';
import type { Deps } from '../../deps';
import type { Actor } from '../../core/actor';
import { page } from '../../core/paging';
import { findPersonalData } from '../../core/personal-data';
import { inTransaction } from '../../db/transaction';
import { Conflict, getOrThrow, Invalid, PersonalData } from '../../errors';
import { recordAudit } from '../audit';
import { Objection, PublicNotice, type NoticeItem } from './entities';
import { noticePolicy } from './policy';
import { noticeStatus, presentNoticeSummary, presentObjection, type ObjectionCounts } from './present';
import type { NoticesInput, ObjectionInput, ObjectionReplyInput, PublishNoticeInput } from './schemas';

export interface NoticeSubject {
  type: string;
  id: number;
}

/** What another module publishes: the notice's text and window, with its own item keys. */
export type NoticeInput = Omit<PublishNoticeInput, 'items'> & { items?: NoticeItem[] };

/**
 * Publishes a notice (in the caller's transaction): an admin of the organisation, audited. What is
 * published stays public, so personal data (ID and mobile numbers) is refused before (422).
 */
export async function publishNotice(m: EntityManager, actor: Actor, input: NoticeInput, subject?: NoticeSubject): Promise<PublicNotice> {
  const organizationPath = await noticePolicy.publish(m, actor, input);
  const items = input.items ?? [];
  const found = findPersonalData([['title', input.title], ['body', input.body], ...items.map((it, i) => [`items.${i}`, it.label] as [string, string])]);
  if (found.length) throw new PersonalData(found);
  const notice = await m.save(
    m.create(PublicNotice, {
      organizationId: input.organizationId, title: input.title, body: input.body, items, startsAt: new Date(input.startsAt), endsAt: new Date(input.endsAt),
      subjectType: subject?.type ?? null, subjectId: subject?.id ?? null, createdById: actor.id,
    }),
  );
  await recordAudit(m, actor, { action: 'notice.publish', entityType: 'public_notice', entityId: notice.id, organizationPath, after: { ...input, subject: subject ?? null } });
  return notice;
}

export async function createNotice(deps: Deps, actor: Actor, input: PublishNoticeInput) {
  const items = (input.items ?? []).map((label, i) => ({ key: String(i + 1), label }));
  const notice = await inTransaction(deps.db, (m) => publishNotice(m, actor, { ...input, items }));
  return getNotice(deps.db.manager, notice.id, deps.clock.now());
}

async function countsOf(db: EntityManager, ids: number[]): Promise<Map<number, ObjectionCounts>> {
  if (!ids.length) return new Map();
  const rows = await db
    .createQueryBuilder(Objection, 'o')
    .select('o.noticeId', 'noticeId')
    .addSelect('COUNT(*)', 'objections')
    .addSelect('SUM(CASE WHEN o.repliedAt IS NOT NULL THEN 1 ELSE 0 END)', 'answered')
    .addSelect('SUM(CASE WHEN o.upheld = :yes THEN 1 ELSE 0 END)', 'upheld')
    .where("o.noticeId IN (:...ids) AND o.status = 'visible'", { ids, yes: true })
    .groupBy('o.noticeId')
    .getRawMany<{ noticeId: number; objections: string; answered: string; upheld: string }>();
  return new Map(rows.map((r) => [Number(r.noticeId), { objections: Number(r.objections), answered: Number(r.answered), upheld: Number(r.upheld) }]));
}

const NONE: ObjectionCounts = { objections: 0, answered: 0, upheld: 0 };

/** Notices newest first; `active=true` keeps those running now. */
export async function listNotices(db: EntityManager, q: NoticesInput, now: Date) {
  const qb = db.createQueryBuilder(PublicNotice, 'n').orderBy('n.id', 'DESC').skip((q.page - 1) * q.pageSize).take(q.pageSize);
  if (q.organizationId) qb.andWhere('n.organizationId = :org', { org: q.organizationId });
  if (q.active) qb.andWhere('n.startsAt <= :now AND n.endsAt > :now', { now });
  const [rows, total] = await qb.getManyAndCount();
  const counts = await countsOf(db, rows.map((n) => n.id));
  return page(rows.map((n) => presentNoticeSummary(n, counts.get(n.id) ?? NONE, now)), total, q);
}

/** One notice with its whole record, public: the shown objections (oldest first), replies and upheld marks. */
export async function getNotice(db: EntityManager, id: number, now: Date) {
  const notice = getOrThrow(await db.findOneBy(PublicNotice, { id }), '公示');
  const objections = await db.find(Objection, { where: { noticeId: id, status: 'visible' }, order: { id: 'ASC' } });
  const counts = (await countsOf(db, [id])).get(id) ?? NONE;
  return { ...presentNoticeSummary(notice, counts, now), objections: objections.map(presentObjection) };
}

/**
 * Anyone logged in objects while the notice runs (before `startsAt` or from `endsAt` on: 409). The
 * text passes WeChat's content check; anything but `pass` is kept as `rejected` and shown to no one.
 */
export async function lodgeObjection(deps: Deps, actor: Actor, noticeId: number, input: ObjectionInput) {
  const db = deps.db.manager;
  const notice = getOrThrow(await db.findOneBy(PublicNotice, { id: noticeId }), '公示');
  const now = deps.clock.now();
  const status = noticeStatus(notice, now);
  if (status !== 'running') throw new Conflict('NOTICE_NOT_RUNNING', status === 'ended' ? '公示期已结束，不能再提出异议' : '公示尚未开始');
  if (input.itemKey && !notice.items.some((it) => it.key === input.itemKey)) {
    throw new Invalid('公示中没有这一项', [{ in: 'body', field: 'itemKey', message: `公示中没有 ${input.itemKey}` }]);
  }
  await deps.limits.consume('objection', actor.id); // each one costs a content-check call and an admin's answer
  const verdict = await deps.wechat.msgSecCheck({ content: input.content, openid: actor.openid, scene: 2 });
  const objection = await db.save(
    db.create(Objection, { noticeId, userId: actor.id, content: input.content, itemKey: input.itemKey ?? null, status: verdict === 'pass' ? 'visible' : 'rejected', createdAt: now }),
  );
  return { id: objection.id, status: objection.status };
}

/** An admin answers an objection once, upheld or not; the conditional UPDATE makes a second answer a 409. */
export async function replyToObjection(deps: Deps, actor: Actor, id: number, input: ObjectionReplyInput) {
  const now = deps.clock.now();
  return inTransaction(deps.db, async (m) => {
    const objection = getOrThrow(await m.findOneBy(Objection, { id, status: 'visible' }), '异议');
    const notice = await m.findOneByOrFail(PublicNotice, { id: objection.noticeId });
    const organizationPath = await noticePolicy.reply(m, actor, notice);
    const result = await m
      .createQueryBuilder()
      .update(Objection)
      .set({ reply: input.content, upheld: input.upheld, repliedAt: now, repliedById: actor.id })
      .where('id = :id AND repliedAt IS NULL', { id })
      .execute();
    if (!result.affected) throw new Conflict('ALREADY_REPLIED', '这条异议已答复');
    await recordAudit(m, actor, { action: 'objection.reply', entityType: 'objection', entityId: id, organizationPath, before: { reply: null, upheld: null }, after: input });
    return presentObjection(await m.findOneByOrFail(Objection, { id }));
  });
}

/**
 * What a notice came to, for the module that published it: whether it has ended, the objections not
 * yet answered, and the items an upheld objection concerns.
 */
export async function noticeOutcome(db: EntityManager, noticeId: number, now: Date) {
  const notice = await db.findOneByOrFail(PublicNotice, { id: noticeId });
  const objections = await db.find(Objection, { where: { noticeId, status: 'visible' } });
  return {
    ended: noticeStatus(notice, now) === 'ended',
    endsAt: notice.endsAt,
    unanswered: objections.filter((o) => !o.repliedAt).length,
    upheldItemKeys: [...new Set(objections.filter((o) => o.upheld && o.itemKey).map((o) => o.itemKey!))],
  };
}

