import { In, IsNull, type EntityManager } from 'typeorm';
import type { Deps } from '../../deps';
import { inTransaction } from '../../db/transaction';
import { Conflict, Forbidden, getOrThrow, Invalid, NotFound } from '../../errors';
import { page, type PagingInput } from '../../core/paging';
import type { Actor } from '../../core/actor';
import { allows } from '../../core/policy';
import { recordAudit } from '../audit';
import { getFiles, ownImages } from '../files';
import { Community, getCommunity, Street, withinScope } from '../orgs';
import { Letter, LetterEvent, type LetterStatus } from './entities';
import { letterPolicy } from './policy';
import { presentFullLetter, presentPublicLetter } from './present';
import type { AdminLettersInput, RatingInput, TransferInput, WriteLetterInput } from './schemas';

/** A letter is answered within 10 days of being written (DOMAIN.md). */
export const LETTER_ANSWER_DAYS = 10;
const DAY_MS = 24 * 3600_000;

async function filesOf(db: EntityManager, letters: Letter[]) {
  return new Map((await getFiles(db, letters.flatMap((l) => l.photoIds))).map((f) => [f.id, f]));
}

async function eventsOf(db: EntityManager, letters: Letter[]) {
  const events = letters.length ? await db.find(LetterEvent, { where: { letterId: In(letters.map((l) => l.id)) }, order: { id: 'ASC' } }) : [];
  return (id: number) => events.filter((e) => e.letterId === id);
}

async function presentFull(db: EntityManager, letters: Letter[], now: Date) {
  const [files, events] = [await filesOf(db, letters), await eventsOf(db, letters)];
  return letters.map((l) => presentFullLetter(l, files, events(l.id), now));
}

/**
 * A resident writes to a community. Title and text pass WeChat's content check first; anything but
 * `pass` is kept as `rejected` (for the record) and reaches no one. Photos must be images the writer
 * uploaded: another's file (a draft's attachment) never shows through a letter.
 */
export async function writeLetter(deps: Deps, actor: Actor, input: WriteLetterInput) {
  const community = await getCommunity(deps.db.manager, input.communityId);
  const photos = await ownImages(deps.db.manager, actor.id, input.photoIds);
  const missing = input.photoIds.filter((id) => !photos.some((p) => p.id === id));
  if (missing.length) throw new Invalid('照片不存在', missing.map((id) => ({ in: 'body', field: 'photoIds', message: `没有您上传的图片 ${id}` })), 'FILE_NOT_FOUND');
  await deps.limits.consume('letter', actor.id); // each one costs a content-check call and an admin's time
  const verdict = await deps.wechat.msgSecCheck({ content: `${input.title}\n${input.content}`, openid: actor.openid, scene: 2 });
  const now = deps.clock.now();
  const status: LetterStatus = verdict === 'pass' ? 'submitted' : 'rejected';
  return inTransaction(deps.db, async (m) => {
    const letter = await m.save(
      m.create(Letter, {
        communityId: community.id, organizationId: community.organizationId, userId: actor.id, category: input.category, title: input.title, content: input.content,
        photoIds: [...new Set(input.photoIds)], public: input.public, status, dueAt: new Date(now.getTime() + LETTER_ANSWER_DAYS * DAY_MS),
        replyNotice: input.subscribe ? 'pending' : 'none', createdAt: now,
      }),
    );
    await m.insert(LetterEvent, { letterId: letter.id, kind: 'submitted', actorId: actor.id, toOrganizationId: community.organizationId });
    return { id: letter.id, status, dueAt: letter.dueAt.toISOString() };
  });
}

/** A community's public letters, newest first, masked; the writer is never shown. */
export async function listCommunityLetters(db: EntityManager, communityId: number, q: PagingInput, now: Date) {
  await getCommunity(db, communityId);
  const [rows, total] = await db.findAndCount(Letter, {
    where: { communityId, status: 'submitted', public: true },
    order: { id: 'DESC' },
    skip: (q.page - 1) * q.pageSize,
    take: q.pageSize,
  });
  const files = await filesOf(db, rows);
  return page(rows.map((l) => presentPublicLetter(l, files, now)), total, q);
}

export async function listMyLetters(db: EntityManager, actor: Actor, q: PagingInput, now: Date) {
  const [rows, total] = await db.findAndCount(Letter, { where: { userId: actor.id }, order: { id: 'DESC' }, skip: (q.page - 1) * q.pageSize, take: q.pageSize });
  return page(await presentFull(db, rows, now), total, q);
}

/** One letter: the whole letter to its writer and the admins handling it; a public one, masked, to anyone; a private one reads as missing. */
export async function getLetter(db: EntityManager, actor: Actor | undefined, id: number, now: Date) {
  const letter = getOrThrow(await db.findOneBy(Letter, { id }), '来信');
  const shown = letter.status === 'submitted';
  if (letter.userId === actor?.id || (shown && (await allows(letterPolicy.readPrivate, db, actor, letter)))) return (await presentFull(db, [letter], now))[0];
  if (shown && letter.public) return presentPublicLetter(letter, await filesOf(db, [letter]), now);
  throw new NotFound('来信');
}

async function submittedLetter(m: EntityManager, id: number) {
  const letter = getOrThrow(await m.findOneBy(Letter, { id }), '来信');
  if (letter.status !== 'submitted') throw new Conflict('LETTER_REJECTED', '这封来信未通过内容审核');
  return letter;
}

/**
 * An admin of the organisation the letter is with answers it, once: the conditional UPDATE
 * (`reply IS NULL`) makes a second answer a 409, also under races. A writer who allowed it is told.
 */
export async function replyToLetter(deps: Deps, actor: Actor, id: number, content: string) {
  const now = deps.clock.now();
  return inTransaction(deps.db, async (m) => {
    const letter = await submittedLetter(m, id);
    const orgPath = await letterPolicy.reply(m, actor, letter);
    const result = await m
      .createQueryBuilder()
      .update(Letter)
      .set({ reply: content, repliedAt: now, repliedById: actor.id })
      .where('id = :id AND reply IS NULL', { id })
      .execute();
    if (!result.affected) throw new Conflict('ALREADY_REPLIED', '这封来信已答复');
    await m.insert(LetterEvent, { letterId: id, kind: 'replied', actorId: actor.id, toOrganizationId: letter.organizationId });
    const [after] = await presentFull(m, [await m.findOneByOrFail(Letter, { id })], now);
    await recordAudit(m, actor, { action: 'letter.reply', entityType: 'letter', entityId: id, organizationPath: orgPath, before: { reply: null }, after: { reply: content } });
    return after;
  });
}

/** The writer rates the answer once: the conditional UPDATE (replied, not yet rated) holds it, a second answers 409. */
export async function rateLetter(deps: Deps, actor: Actor, id: number, input: RatingInput) {
  const now = deps.clock.now();
  return inTransaction(deps.db, async (m) => {
    const letter = await submittedLetter(m, id);
    if (letter.userId !== actor.id) throw new Forbidden('只有写信人可以评价', 'NOT_WRITER');
    if (!letter.repliedAt) throw new Conflict('NOT_REPLIED', '答复之后才能评价');
    const result = await m
      .createQueryBuilder()
      .update(Letter)
      .set({ satisfied: input.satisfied, ratingComment: input.comment ?? null, ratedAt: now })
      .where('id = :id AND ratedAt IS NULL', { id })
      .execute();
    if (!result.affected) throw new Conflict('ALREADY_RATED', '已经评价过了');
    await m.insert(LetterEvent, { letterId: id, kind: 'rated', actorId: actor.id, note: input.satisfied ? '满意' : '不满意' });
    return (await presentFull(m, [await m.findOneByOrFail(Letter, { id })], now))[0];
  });
}

/**
 * An admin passes an unanswered letter to another community, or up to the community's street. The
 * letter keeps its due date (the resident's wait does not restart) and its history records the move.
 */
export async function transferLetter(deps: Deps, actor: Actor, id: number, input: TransferInput) {
  const now = deps.clock.now();
  return inTransaction(deps.db, async (m) => {
    const letter = await submittedLetter(m, id);
    const orgPath = await letterPolicy.transfer(m, actor, letter);
    if (letter.repliedAt) throw new Conflict('ALREADY_REPLIED', '已答复的来信不能转办');
    const target = input.communityId
      ? await getCommunity(m, input.communityId).then((c) => ({ communityId: c.id, organizationId: c.organizationId }))
      : await m.findOneByOrFail(Community, { id: letter.communityId }).then(async (c) => ({
          communityId: c.id,
          organizationId: (await m.findOneByOrFail(Street, { id: c.streetId })).organizationId,
        }));
    if (target.organizationId === letter.organizationId) throw new Conflict('SAME_HANDLER', '来信已在该组织办理');
    const moved = await m.update(Letter, { id, organizationId: letter.organizationId, repliedAt: IsNull() }, target);
    if (!moved.affected) throw new Conflict('LETTER_MOVED', '来信已被转办，请刷新');
    await m.insert(LetterEvent, { letterId: id, kind: 'transferred', actorId: actor.id, fromOrganizationId: letter.organizationId, toOrganizationId: target.organizationId, note: input.reason });
    const [after] = await presentFull(m, [await m.findOneByOrFail(Letter, { id })], now);
    await recordAudit(m, actor, {
      action: 'letter.transfer', entityType: 'letter', entityId: id, organizationPath: orgPath,
      before: { communityId: letter.communityId, organizationId: letter.organizationId }, after: { ...target, reason: input.reason },
    });
    return after;
  });
}

/** The admin's desk: letters with organisations in their scope, overdue ones first, then by due date. */
export async function listAdminLetters(db: EntityManager, actor: Actor, q: AdminLettersInput, now: Date) {
  await letterPolicy.listDesk(db, actor);
  const qb = db
    .createQueryBuilder(Letter, 'l')
    .innerJoin('organizations', 'o', 'o.id = l.organizationId')
    .where('l.status = :submitted', { submitted: 'submitted' })
    .addSelect('CASE WHEN l.repliedAt IS NULL AND l.dueAt < :now THEN 0 ELSE 1 END', 'overdue_last')
    .orderBy('overdue_last', 'ASC')
    .addOrderBy('l.dueAt', q.state === 'answered' ? 'DESC' : 'ASC')
    .addOrderBy('l.id', 'ASC')
    .setParameter('now', now)
    // One organisation per letter, so LIMIT pages the letters themselves.
    .offset((q.page - 1) * q.pageSize)
    .limit(q.pageSize);
  withinScope(qb, actor, 'o.path');
  if (q.communityId) qb.andWhere('l.communityId = :communityId', { communityId: q.communityId });
  if (q.state === 'answered') qb.andWhere('l.repliedAt IS NOT NULL');
  if (q.state === 'unanswered' || q.state === 'overdue') qb.andWhere('l.repliedAt IS NULL');
  if (q.state === 'overdue') qb.andWhere('l.dueAt < :now');
  const [rows, total] = await qb.getManyAndCount();
  return page(await presentFull(db, rows, now), total, q);
}
