import { Brackets, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/actor';
import type { Deps } from '../../deps';
import { page, type PagingInput } from '../../core/paging';
import { yearOf } from '../../core/time';
import { inTransaction } from '../../db/transaction';
import { Invalid } from '../../errors';
import { recordAudit } from '../audit';
import { ancestorPaths } from '../learning';
import { Organization, scopeCondition } from '../orgs';
import { reachableQuestions } from './bank';
import { Exam, JUDGE_OPTIONS, Question } from './entities';
import { examPolicy } from './policy';
import { presentExam } from './present';
import type { ExamInput } from './schemas';

/** Under `maxAge` by the roll's birth year: born in this year or later, counting the age reached in the year the exam opens. */
export const minBirthYearFor = (opensAt: Date, maxAge: number | undefined | null) => (maxAge ? yearOf(opensAt) - maxAge + 1 : null);

async function orgName(db: EntityManager, id: number) {
  return (await db.findOne(Organization, { where: { id }, select: { id: true, name: true } }))?.name ?? '';
}

/**
 * An admin sets up an exam: questions written here go into the exam organisation's bank; a fixed
 * list must come from banks the exam reaches (its own and those above it); a draw needs enough
 * questions of each tag there.
 */
export async function createExam(deps: Deps, actor: Actor, input: ExamInput) {
  return inTransaction(deps.db, async (m) => {
    const orgPath = await examPolicy.create(m, actor, input);
    const paths = ancestorPaths(orgPath);
    let questionIds: number[] | null = null;
    if (input.questions) {
      const rows = input.questions.map((q) => ({ organizationId: input.organizationId, kind: q.kind, stem: q.stem, options: q.kind === 'judge' ? JUDGE_OPTIONS : q.options, answer: [...q.answer].sort((a, b) => a - b), tags: q.tags, createdById: actor.id }));
      questionIds = (await m.save(rows.map((r) => m.create(Question, r)))).map((q) => q.id);
    } else if (input.questionIds) {
      const ids = [...new Set(input.questionIds)];
      const found = new Set((await reachableQuestions(m, paths, ids)).map((q) => q.id));
      const missing = ids.filter((id) => !found.has(id));
      if (missing.length) throw new Invalid('题目不存在或不在本组织可用的题库中', missing.map((id) => ({ in: 'body', field: 'questionIds', message: `题目 ${id}` })));
      questionIds = ids;
    } else {
      const bank = await reachableQuestions(m, paths);
      const short = input.draw!.filter((d) => bank.filter((q) => q.tags.includes(d.tag)).length < d.count);
      if (short.length) throw new Invalid('题库中该标签的题目不够', short.map((d) => ({ in: 'body', field: 'draw', message: `标签「${d.tag}」不足 ${d.count} 题` })));
    }
    const exam = await m.save(
      m.create(Exam, {
        organizationId: input.organizationId, title: input.title, durationMinutes: input.durationMinutes, passScore: input.passScore, opensAt: input.opensAt, closesAt: input.closesAt,
        maxAge: input.maxAge ?? null, minBirthYear: minBirthYearFor(input.opensAt, input.maxAge),
        questionIds, draw: input.draw ?? null, questionCount: questionIds?.length ?? input.draw!.reduce((n, d) => n + d.count, 0), createdById: actor.id, createdAt: deps.clock.now(),
      }),
    );
    await recordAudit(m, actor, { action: 'exam.create', entityType: 'exam', entityId: exam.id, organizationPath: orgPath, after: { title: exam.title, questionCount: exam.questionCount, maxAge: exam.maxAge } });
    return presentExam(exam, await orgName(m, exam.organizationId));
  });
}

/** Exams an admin deals with: set up in their scope, or above it (a district exam reaches a street admin's members). */
export async function listDeskExams(db: EntityManager, actor: Actor, q: PagingInput) {
  await examPolicy.listDesk(db, actor);
  const qb = db.createQueryBuilder(Exam, 'e').innerJoin(Organization, 'o', 'o.id = e.organizationId').orderBy('e.opensAt', 'DESC').addOrderBy('e.id', 'DESC');
  const inScope = scopeCondition(actor, 'o.path');
  const above = actor.scopePaths.flatMap(ancestorPaths);
  if (inScope)
    qb.where(
      new Brackets((w) => {
        w.where(inScope);
        if (above.length) w.orWhere('o.path IN (:...above)', { above });
      }),
    );
  const [rows, total] = await qb.skip((q.page - 1) * q.pageSize).take(q.pageSize).getManyAndCount();
  return page(await Promise.all(rows.map(async (e) => presentExam(e, await orgName(db, e.organizationId)))), total, q);
}
