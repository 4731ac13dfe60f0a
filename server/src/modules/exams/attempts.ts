import crypto from 'node:crypto';
import { In, IsNull, LessThan, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/actor';
import type { Deps } from '../../deps';
import { page, type PagingInput } from '../../core/paging';
import { inTransaction } from '../../db/transaction';
import { Conflict, Forbidden, fromDatabaseError, getOrThrow, Invalid } from '../../errors';
import { recordAudit } from '../audit';
import { ancestorPaths, memberOf } from '../learning';
import { PartyMember } from '../members';
import { Organization, organizationPath } from '../orgs';
import { reachableQuestions } from './bank';
import { Exam, ExamAnswer, ExamAttempt, ExamResit, type PaperItem, type Question } from './entities';
import { examPolicy } from './policy';
import { GRACE_SECONDS, isRight, presentAttempt, presentMyExam } from './present';
import type { AnswersInput } from './schemas';

const MINUTE = 60_000;
/** Answers are taken until the deadline plus this grace (a save sent at the last second over a slow network). */
const cutoffOf = (now: Date) => new Date(now.getTime() - GRACE_SECONDS * 1000);

function shuffle<T>(items: T[]): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = crypto.randomInt(i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** This attempt's paper: questions and (except 正确 / 错误) options in a fresh random order, the key moved with them. */
function paperOf(questions: Question[]): PaperItem[] {
  return shuffle(questions).map((q) => {
    const order = q.kind === 'judge' ? q.options.map((_, i) => i) : shuffle(q.options.map((_, i) => i));
    return { questionId: q.id, kind: q.kind, stem: q.stem, options: order.map((i) => q.options[i]), key: q.answer.map((a) => order.indexOf(a)).sort((x, y) => x - y) };
  });
}

async function questionsFor(db: EntityManager, exam: Exam, examPath: string): Promise<Question[]> {
  const bank = await reachableQuestions(db, ancestorPaths(examPath), exam.questionIds ?? undefined);
  if (exam.questionIds) return exam.questionIds.flatMap((id) => bank.filter((q) => q.id === id));
  const picked = new Set<number>();
  return exam.draw!.flatMap((rule) => {
    const drawn = shuffle(bank.filter((q) => q.tags.includes(rule.tag) && !picked.has(q.id))).slice(0, rule.count);
    drawn.forEach((q) => picked.add(q.id));
    return drawn;
  });
}

/** Who must and may sit an exam: a member in its subtree, under `maxAge` in the exam's year by the roll (no birth year on the roll: in). */
const inAudience = (exam: Exam, examPath: string, member: PartyMember, memberPath: string) =>
  memberPath.startsWith(examPath) && (exam.minBirthYear === null || member.birthYear === null || member.birthYear >= exam.minBirthYear);

const latestAttempt = (db: EntityManager, examId: number, memberId: number) => db.findOne(ExamAttempt, { where: { examId, memberId }, order: { sitting: 'DESC' } });

/** The member's exams: those of their organisation and the ones above it whose audience they are in, newest first. */
export async function myExams(db: EntityManager, actor: Actor, q: PagingInput, now: Date) {
  const { member, path } = await memberOf(db, actor);
  const qb = db
    .createQueryBuilder(Exam, 'e')
    .innerJoin(Organization, 'o', 'o.id = e.organizationId')
    .where('o.path IN (:...paths)', { paths: ancestorPaths(path) })
    .orderBy('e.opensAt', 'DESC')
    .addOrderBy('e.id', 'DESC');
  if (member.birthYear !== null) qb.andWhere('(e.minBirthYear IS NULL OR e.minBirthYear <= :born)', { born: member.birthYear });
  const [rows, total] = await qb.skip((q.page - 1) * q.pageSize).take(q.pageSize).getManyAndCount();
  const attempts = rows.length ? await db.find(ExamAttempt, { where: { memberId: member.id, examId: In(rows.map((e) => e.id)) }, order: { sitting: 'DESC' } }) : [];
  const items = await Promise.all(
    rows.map(async (e) => {
      const attempt = attempts.find((a) => a.examId === e.id) ?? null;
      const open = now >= e.opensAt && now < e.closesAt;
      const canStart = open && (!attempt || (!attempt.submittedAt && cutoffOf(now) <= attempt.deadlineAt) || !!(await db.findOneBy(ExamResit, { examId: e.id, memberId: member.id, sitting: attempt.sitting + 1 })));
      return presentMyExam(e, (await db.findOneByOrFail(Organization, { id: e.organizationId })).name, attempt, canStart);
    }),
  );
  return page(items, total, q);
}

/**
 * A member starts (or resumes) their attempt. One open attempt is resumed as it is, with its own
 * deadline; a new one needs the window open and no sitting used up (a resit grants the next). The
 * unique (exam, member, sitting) index settles a double tap: the loser resumes the winner's attempt.
 */
export async function startAttempt(deps: Deps, actor: Actor, examId: number) {
  const db = deps.db.manager;
  const now = deps.clock.now();
  const exam = getOrThrow(await db.findOneBy(Exam, { id: examId }), '考试');
  const { member, path } = await memberOf(db, actor);
  const examPath = await organizationPath(db, exam.organizationId);
  if (!inAudience(exam, examPath, member, path)) throw new Forbidden('您不在这场考试的参考范围内', 'NOT_IN_AUDIENCE');
  const resume = async () => {
    const latest = await latestAttempt(db, examId, member.id);
    if (latest && !latest.submittedAt && cutoffOf(now) <= latest.deadlineAt) return { attempt: await attemptView(db, latest, exam, now), latest };
    if (latest && !latest.submittedAt) await finish(deps, latest, exam, now, true);
    return { attempt: null, latest };
  };
  const found = await resume();
  if (found.attempt) return { created: false, attempt: found.attempt };
  if (now < exam.opensAt) throw new Conflict('EXAM_NOT_OPEN', '考试尚未开始');
  if (now >= exam.closesAt) throw new Conflict('EXAM_CLOSED', '考试已结束');
  const sitting = (found.latest?.sitting ?? 0) + 1;
  if (sitting > 1 && !(await db.findOneBy(ExamResit, { examId, memberId: member.id, sitting }))) throw new Conflict('ALREADY_ATTEMPTED', '您已参加过这场考试');
  const deadlineAt = new Date(Math.min(now.getTime() + exam.durationMinutes * MINUTE, exam.closesAt.getTime()));
  const paper = paperOf(await questionsFor(db, exam, examPath));
  try {
    const attempt = await inTransaction(deps.db, async (m) => {
      const row = await m.save(m.create(ExamAttempt, { examId, memberId: member.id, userId: actor.id, sitting, startedAt: now, deadlineAt, paper, createdAt: now }));
      if (paper.length) await m.insert(ExamAnswer, paper.map((p) => ({ attemptId: row.id, questionId: p.questionId, choice: [] })));
      return row;
    });
    return { created: true, attempt: presentAttempt(attempt, exam, {}, now) };
  } catch (err) {
    if (fromDatabaseError(err)?.code !== 'DUPLICATE') throw err;
    const again = await resume();
    if (again.attempt) return { created: false, attempt: again.attempt };
    throw new Conflict('ALREADY_ATTEMPTED', '您已参加过这场考试');
  }
}

async function answersOf(db: EntityManager, attemptId: number): Promise<Record<string, number[]>> {
  const rows = await db.find(ExamAnswer, { where: { attemptId }, select: { questionId: true, choice: true } });
  return Object.fromEntries(rows.filter((r) => r.choice.length).map((r) => [String(r.questionId), r.choice]));
}

const attemptView = async (db: EntityManager, a: ExamAttempt, exam: Exam, now: Date) => presentAttempt(a, exam, await answersOf(db, a.id), now);

/** An attempt is its member's alone: anyone else is refused, whatever they hold. */
async function ownAttempt(db: EntityManager, actor: Actor, id: number) {
  const attempt = getOrThrow(await db.findOneBy(ExamAttempt, { id }), '答卷');
  if (attempt.userId !== actor.id) throw new Forbidden('这不是您的答卷', 'NOT_YOUR_ATTEMPT');
  return { attempt, exam: await db.findOneByOrFail(Exam, { id: attempt.examId }) };
}

/** The member's attempt as it stands; one left open past its deadline is scored from what was saved first. */
export async function getAttempt(deps: Deps, actor: Actor, id: number) {
  const now = deps.clock.now();
  const { attempt, exam } = await ownAttempt(deps.db.manager, actor, id);
  if (!attempt.submittedAt && attempt.deadlineAt < cutoffOf(now)) await finish(deps, attempt, exam, now, true);
  return attemptView(deps.db.manager, await deps.db.manager.findOneByOrFail(ExamAttempt, { id }), exam, now);
}

/** Each answer must name a question of this paper and options it has; single and true/false take one. */
function checkAnswers(paper: PaperItem[], answers: AnswersInput) {
  const issues = Object.entries(answers).flatMap(([qid, choice]) => {
    const item = paper.find((p) => String(p.questionId) === qid);
    const bad = !item ? '不是这份答卷的题目' : choice.some((i) => i >= item.options.length) || new Set(choice).size !== choice.length ? '选项不存在' : item.kind !== 'multi' && choice.length > 1 ? '只能选一个' : null;
    return bad ? [{ in: 'body', field: `answers.${qid}`, message: bad }] : [];
  });
  if (issues.length) throw new Invalid('答案不正确', issues);
}

/**
 * Writes answers into the attempt's rows (made with it, one per question): plain UPDATEs of rows that
 * exist take no gap locks on MySQL, so thousands of members saving at once do not deadlock each other.
 */
async function writeAnswers(m: EntityManager, attemptId: number, answers: AnswersInput) {
  for (const [qid, choice] of Object.entries(answers)) await m.update(ExamAnswer, { attemptId, questionId: Number(qid) }, { choice: [...choice].sort((a, b) => a - b) });
}

/** Why an attempt no longer takes answers. */
const closed = (a: ExamAttempt) => (a.submittedAt ? new Conflict('ALREADY_SUBMITTED', '答卷已提交') : new Conflict('DEADLINE_PASSED', '考试时间已到，答案未保存'));

/**
 * Saves some answers as the member goes. The deadline never changes, so it is checked as read; the
 * conditional UPDATE (not submitted) then holds the attempt's row until the answers are in, so a
 * submit racing it waits and scores them. The UPDATE names the row by its primary key alone: on
 * MySQL it locks that row and no index range another member's save would need.
 */
export async function saveAnswers(deps: Deps, actor: Actor, id: number, answers: AnswersInput) {
  const now = deps.clock.now();
  const { attempt } = await ownAttempt(deps.db.manager, actor, id);
  checkAnswers(attempt.paper, answers);
  if (attempt.deadlineAt < cutoffOf(now)) throw closed(attempt);
  await inTransaction(deps.db, async (m) => {
    const open = await m.update(ExamAttempt, { id, submittedAt: IsNull() }, { savedAt: now });
    if (!open.affected) throw closed(await m.findOneByOrFail(ExamAttempt, { id }));
    await writeAnswers(m, id, answers);
  });
  return { saved: Object.keys(answers).length, savedAt: now.toISOString(), deadlineAt: attempt.deadlineAt.toISOString() };
}

/**
 * Finishes an attempt: by its member before deadline + grace, by the clock after it (the deadline is
 * fixed, so which one applies is known from the row as read). The claim is one conditional UPDATE:
 * a second submit or a racing timeout finds nothing to claim. Then what was saved is scored.
 */
async function finish(deps: Deps, attempt: ExamAttempt, exam: Exam, now: Date, timedOut: boolean, last: AnswersInput = {}) {
  if ((attempt.deadlineAt < cutoffOf(now)) !== timedOut) return null;
  return inTransaction(deps.db, async (m) => {
    const claimed = await m.update(ExamAttempt, { id: attempt.id, submittedAt: IsNull() }, { submittedAt: timedOut ? attempt.deadlineAt : now, timedOut });
    if (!claimed.affected) return null;
    await writeAnswers(m, attempt.id, last);
    const answers = await answersOf(m, attempt.id);
    const correctCount = attempt.paper.filter((p) => isRight(p.key, answers[p.questionId])).length;
    const score = attempt.paper.length ? Math.round((100 * correctCount) / attempt.paper.length) : 0;
    const passed = score >= exam.passScore;
    await m.update(ExamAttempt, { id: attempt.id }, { score, correctCount, passed });
    return { score, passed, correctCount, questionCount: attempt.paper.length, timedOut };
  });
}

/** The member submits: the last answers are saved and everything saved is scored on the server, once. */
export async function submitAttempt(deps: Deps, actor: Actor, id: number, answers: AnswersInput) {
  const now = deps.clock.now();
  const { attempt, exam } = await ownAttempt(deps.db.manager, actor, id);
  checkAnswers(attempt.paper, answers);
  const result = await finish(deps, attempt, exam, now, false, answers);
  if (!result) throw closed(await deps.db.manager.findOneByOrFail(ExamAttempt, { id }));
  return result;
}

/** The job, run by every process: attempts left open past deadline + grace are scored from what was saved (each claimed once). */
export async function finishExpiredAttempts(deps: Deps) {
  const now = deps.clock.now();
  const due = await deps.db.manager.find(ExamAttempt, { where: { submittedAt: IsNull(), deadlineAt: LessThan(cutoffOf(now)) }, take: 100 });
  let finished = 0;
  for (const a of due) if (await finish(deps, a, await deps.db.manager.findOneByOrFail(Exam, { id: a.examId }), now, true)) finished++;
  return finished;
}

/** An admin of the member's organisation allows them the next sitting, once their last one is finished. */
export async function grantResit(deps: Deps, actor: Actor, examId: number, memberId: number) {
  return inTransaction(deps.db, async (m) => {
    getOrThrow(await m.findOneBy(Exam, { id: examId }), '考试');
    const member = getOrThrow(await m.findOneBy(PartyMember, { id: memberId }), '党员');
    const orgPath = await examPolicy.grantResit(m, actor, member);
    const latest = await latestAttempt(m, examId, memberId);
    if (!latest) throw new Conflict('NOT_ATTEMPTED', '该党员尚未参加这场考试，无需补考');
    if (!latest.submittedAt) throw new Conflict('ATTEMPT_OPEN', '该党员的答卷尚未提交');
    const sitting = latest.sitting + 1;
    try {
      await m.insert(ExamResit, { examId, memberId, sitting, grantedById: actor.id });
    } catch (err) {
      throw fromDatabaseError(err)?.code === 'DUPLICATE' ? new Conflict('ALREADY_GRANTED', '已允许补考') : err;
    }
    await recordAudit(m, actor, { action: 'exam.resit', entityType: 'exam', entityId: examId, organizationPath: orgPath, after: { memberId, sitting } });
    return { examId, memberId, sitting };
  });
}
