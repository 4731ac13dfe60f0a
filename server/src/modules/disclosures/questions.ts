import type { EntityManager } from 'typeorm';
import type { Deps } from '../../deps';
import { inTransaction } from '../../db/transaction';
import { Conflict, getOrThrow, NotFound } from '../../errors';
import { page, type PagingInput } from '../../core/paging';
import type { Actor } from '../../core/actor';
import { recordAudit } from '../audit';
import { withinScope } from '../orgs';
import { Disclosure, DisclosureQuestion } from './entities';
import { disclosurePolicy } from './policy';
import { ANSWER_WITHIN_MS, presentQuestion } from './present';
import { disclosuresByIds } from './reading';
import type { AdminQuestionsInput } from './schemas';

async function publishedDisclosure(db: EntityManager, id: number) {
  const d = await db.findOneBy(Disclosure, { id });
  if (!d || d.status !== 'published') throw new NotFound('公开');
  return d;
}

/**
 * A resident asks about a published disclosure. Text shown to others passes WeChat's content check
 * first; anything but `pass` is kept as `rejected` (for the record) and never shown.
 */
export async function askQuestion(deps: Deps, actor: Actor, disclosureId: number, content: string) {
  const d = await publishedDisclosure(deps.db.manager, disclosureId);
  await deps.limits.consume('question', actor.id); // each one costs a content-check call and a reader's time
  const verdict = await deps.wechat.msgSecCheck({ content, openid: actor.openid, scene: 2 });
  const q = await deps.db.manager.save(
    deps.db.manager.create(DisclosureQuestion, {
      disclosureId, communityId: d.communityId, organizationId: d.organizationId, userId: actor.id, content, status: verdict === 'pass' ? 'visible' : 'rejected',
      // The 10-day answer limit runs from here, on the service's clock.
      createdAt: deps.clock.now(),
    }),
  );
  return { id: q.id, status: q.status };
}

export async function listQuestions(db: EntityManager, disclosureId: number, q: PagingInput, now: Date) {
  await publishedDisclosure(db, disclosureId);
  const [rows, total] = await db.findAndCount(DisclosureQuestion, {
    where: { disclosureId, status: 'visible' },
    order: { id: 'DESC' },
    skip: (q.page - 1) * q.pageSize,
    take: q.pageSize,
  });
  return page(rows.map((r) => presentQuestion(r, now)), total, q);
}

/** An admin answers once; the conditional UPDATE (`reply IS NULL`) makes a second answer a 409, also under races. */
export async function replyToQuestion(deps: Deps, actor: Actor, id: number, content: string) {
  const now = deps.clock.now();
  return inTransaction(deps.db, async (m) => {
    const q = getOrThrow(await m.findOneBy(DisclosureQuestion, { id, status: 'visible' }), '问题');
    const orgPath = await disclosurePolicy.reply(m, actor, q);
    const result = await m
      .createQueryBuilder()
      .update(DisclosureQuestion)
      .set({ reply: content, repliedAt: now, repliedById: actor.id })
      .where('id = :id AND reply IS NULL', { id })
      .execute();
    if (!result.affected) throw new Conflict('ALREADY_REPLIED', '该问题已答复');
    const after = presentQuestion(await m.findOneByOrFail(DisclosureQuestion, { id }), now);
    await recordAudit(m, actor, { action: 'disclosure_question.reply', entityType: 'disclosure_question', entityId: id, organizationPath: orgPath, before: presentQuestion(q, now), after });
    return after;
  });
}

/** Questions waiting for the admin (overdue ones first), within their scope. */
export async function listAdminQuestions(db: EntityManager, actor: Actor, q: AdminQuestionsInput, now: Date) {
  await disclosurePolicy.listQuestions(db, actor);
  const qb = db
    .createQueryBuilder(DisclosureQuestion, 'q')
    .innerJoin('organizations', 'o', 'o.id = q.organizationId')
    .where('q.status = :visible', { visible: 'visible' })
    .orderBy('q.id', q.state === 'answered' ? 'DESC' : 'ASC')
    .skip((q.page - 1) * q.pageSize)
    .take(q.pageSize);
  withinScope(qb, actor, 'o.path');
  if (q.communityId) qb.andWhere('q.communityId = :communityId', { communityId: q.communityId });
  if (q.state === 'answered') qb.andWhere('q.reply IS NOT NULL');
  if (q.state === 'unanswered' || q.state === 'overdue') qb.andWhere('q.reply IS NULL');
  if (q.state === 'overdue') qb.andWhere('q.createdAt < :cutoff', { cutoff: new Date(now.getTime() - ANSWER_WITHIN_MS) });
  const [rows, total] = await qb.getManyAndCount();
  const titles = new Map((await disclosuresByIds(db, [...new Set(rows.map((r) => r.disclosureId))])).map((d) => [d.id, d.title]));
  return page(rows.map((r) => ({ ...presentQuestion(r, now), disclosureTitle: titles.get(r.disclosureId) ?? '' })), total, q);
}
