import { addDays, addYears } from 'date-fns';
import { In, IsNull, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/actor';
import { page, type PagingInput } from '../../core/paging';
import { formatShanghai, yearOf } from '../../core/time';
import type { Deps } from '../../deps';
import { inTransaction } from '../../db/transaction';
import { Conflict, getOrThrow, Invalid } from '../../errors';
import { recordAudit } from '../audit';
import { Organization, withinScope } from '../orgs';
import { noticeOutcome, publishNotice } from '../public-notices';
import { openVote, voteResult } from '../votes';
import { ActivistRecommendation, Applicant, ApplicantPoint, ApplicantStep, DisqualifyingCondition, STAGES, type RoundCandidate, type Stage } from './entities';
import { developmentPolicy } from './policy';
import { presentApplicant, presentCondition, presentPoint, presentRecommendation, type NoticeOut } from './present';

export const STAGE_NAMES: Record<Stage, string> = { applicant: '入党申请人', activist: '入党积极分子', candidate: '发展对象', probationary: '预备党员', full: '正式党员' };

const bodyError = (field: string, message: string) => new Invalid(message, [{ in: 'body', field, message }]);
// The day a rule names, as a Shanghai calendar day (the process runs in UTC).
const day = (d: Date) => formatShanghai(d, 'yyyy-MM-dd');

/**
 * The duration rules: an activist is trained for at least a year before becoming a candidate, and
 * probation lasts a year. Answers when the next stage may be reached and the rule's wording.
 */
const DURATION_RULES: Partial<Record<Stage, { code: string; rule: string }>> = {
  candidate: { code: 'ACTIVIST_ONE_YEAR', rule: '入党积极分子须经过一年以上的培养教育，才能列为发展对象' },
  full: { code: 'PROBATION_ONE_YEAR', rule: '预备期为一年，期满后才能转为正式党员' },
};

const nextStage = (stage: Stage): Stage | undefined => STAGES[STAGES.indexOf(stage) + 1];

/** An applicant the actor may manage (404 when missing, 403 FORBIDDEN / OUT_OF_SCOPE otherwise): answers it and its organisation's path. */
async function managed(db: EntityManager, actor: Actor | undefined, id: number) {
  const applicant = getOrThrow(await db.findOneBy(Applicant, { id }), '入党申请人');
  const path = await developmentPolicy.manage(db, actor, applicant);
  return { applicant, path };
}

/** Applicants with their organisation's name, timeline and this year's points, in the order given. */
async function present(db: EntityManager, rows: Applicant[], now: Date) {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const [orgs, steps, sums, conditions] = await Promise.all([
    db.find(Organization, { where: { id: In([...new Set(rows.map((r) => r.organizationId))]) }, select: { id: true, name: true } }),
    db.find(ApplicantStep, { where: { applicantId: In(ids) }, order: { at: 'ASC', id: 'ASC' } }),
    pointSums(db, ids, yearOf(now)),
    db.find(DisqualifyingCondition, { where: { code: In([...new Set(rows.map((r) => r.disqualifiedCode ?? ''))]) } }),
  ]);
  const names = new Map(orgs.map((o) => [o.id, o.name]));
  const titles = new Map(conditions.map((c) => [c.code, c.title]));
  return rows.map((r) =>
    presentApplicant(r, { organizationName: names.get(r.organizationId) ?? '', points: sums.get(r.id) ?? 0, steps: steps.filter((s) => s.applicantId === r.id), conditionTitle: titles.get(r.disqualifiedCode ?? '') ?? '' }),
  );
}

async function pointSums(db: EntityManager, applicantIds: number[], year: number): Promise<Map<number, number>> {
  if (!applicantIds.length) return new Map();
  const rows = await db
    .createQueryBuilder(ApplicantPoint, 'p')
    .select('p.applicantId', 'applicantId').addSelect('SUM(p.delta)', 'points')
    .where('p.applicantId IN (:...ids) AND p.year = :year', { ids: applicantIds, year })
    .groupBy('p.applicantId')
    .getRawMany<{ applicantId: number; points: string }>();
  return new Map(rows.map((r) => [Number(r.applicantId), Number(r.points)]));
}

export async function getApplicant(db: EntityManager, actor: Actor | undefined, id: number, now: Date) {
  const { applicant } = await managed(db, actor, id);
  return (await present(db, [applicant], now))[0];
}

/** Records an applicant (入党申请人) of a branch: 18 or older when applying, the application not in the future. */
export async function createApplicant(deps: Deps, actor: Actor, input: { name: string; organizationId: number; appliedAt: string; birthDate: string }) {
  const now = deps.clock.now();
  const appliedAt = new Date(input.appliedAt);
  if (appliedAt > now) throw bodyError('appliedAt', '申请日期不能晚于今天');
  if (addYears(new Date(`${input.birthDate}T00:00:00+08:00`), 18) > appliedAt) throw bodyError('birthDate', '年满十八岁才能申请入党');
  return inTransaction(deps.db, async (m) => {
    const path = await developmentPolicy.manage(m, actor, input);
    const id = Number(
      (await m.insert(Applicant, { organizationId: input.organizationId, organizationPath: path, name: input.name, birthDate: input.birthDate, appliedAt, stage: 'applicant', stageAt: appliedAt })).identifiers[0].id,
    );
    await m.insert(ApplicantStep, { applicantId: id, stage: 'applicant', at: appliedAt, note: '递交入党申请书', evidence: ['入党申请书'], recordedById: actor.id });
    await recordAudit(m, actor, { action: 'applicant.create', entityType: 'applicant', entityId: id, organizationPath: path, after: input });
    return (await present(m, [await m.findOneByOrFail(Applicant, { id })], now))[0];
  });
}

/** The refusal of a move to `stage` at `at`, if any: forward one stage only, dated between the last step and now, after the rule's year. */
function refusal(applicant: Applicant, stage: Stage, at: Date, now: Date): Error | undefined {
  if (applicant.disqualifiedAt) return new Conflict('DISQUALIFIED', `${applicant.name}已被取消资格，不能再进入下一阶段`);
  const next = nextStage(applicant.stage);
  if (stage !== next) return new Conflict('STAGE_ORDER', next ? `只能从${STAGE_NAMES[applicant.stage]}进入${STAGE_NAMES[next]}，不能倒退或跳过` : `${applicant.name}已是正式党员`);
  if (at > now) return bodyError('at', '日期不能晚于今天');
  if (at < applicant.stageAt) return bodyError('at', `日期不能早于上一步（${day(applicant.stageAt)}）`);
  const duration = DURATION_RULES[stage];
  const earliest = addYears(applicant.stageAt, 1);
  if (duration && at < earliest) return new Conflict(duration.code, `${duration.rule}：${applicant.name}最早 ${day(earliest)}`, { rule: duration.rule, earliest: earliest.toISOString() });
  return undefined;
}

/**
 * Moves an applicant to `stage` in the caller's transaction. The conditional UPDATE (still at the
 * stage read, not disqualified) and the unique (applicant, stage) step make a racing second move a 409.
 */
async function advance(m: EntityManager, actor: Actor, applicant: Applicant, path: string, step: { stage: Stage; at: Date; note: string; evidence: string[] }) {
  const moved = await m
    .createQueryBuilder()
    .update(Applicant)
    .set({ stage: step.stage, stageAt: step.at })
    .where('id = :id AND stage = :from AND disqualifiedAt IS NULL', { id: applicant.id, from: applicant.stage })
    .execute();
  if (!moved.affected) throw new Conflict('STAGE_CHANGED', `${applicant.name}的阶段已被他人更新，请刷新后重试`);
  await m.insert(ApplicantStep, { applicantId: applicant.id, ...step, recordedById: actor.id });
  await recordAudit(m, actor, { action: 'applicant.stage', entityType: 'applicant', entityId: applicant.id, organizationPath: path, before: { stage: applicant.stage }, after: { ...step, at: step.at.toISOString() } });
}

export async function moveStage(deps: Deps, actor: Actor, id: number, input: { stage: Stage; at: string; note: string; evidence: string[] }) {
  const now = deps.clock.now();
  const at = new Date(input.at);
  return inTransaction(deps.db, async (m) => {
    const { applicant, path } = await managed(m, actor, id);
    const refused = refusal(applicant, input.stage, at, now);
    if (refused) throw refused;
    await advance(m, actor, applicant, path, { stage: input.stage, at, note: input.note, evidence: input.evidence });
    return (await present(m, [await m.findOneByOrFail(Applicant, { id })], now))[0];
  });
}

/** Applicants in the actor's scope (or an organisation's subtree in it), oldest application first; in the pipeline unless `disqualified`. */
export async function listApplicants(db: EntityManager, actor: Actor, q: PagingInput & { organizationId?: number; stage?: Stage; disqualified: boolean }, now: Date) {
  await developmentPolicy.list(db, actor);
  const qb = db.createQueryBuilder(Applicant, 'a').orderBy('a.appliedAt', 'ASC').addOrderBy('a.id', 'ASC').skip((q.page - 1) * q.pageSize).take(q.pageSize);
  withinScope(qb, actor, 'a.organizationPath');
  if (q.organizationId) qb.andWhere('a.organizationPath LIKE :path', { path: `${await developmentPolicy.manage(db, actor, { organizationId: q.organizationId })}%` });
  if (q.stage) qb.andWhere('a.stage = :stage', { stage: q.stage });
  qb.andWhere(q.disqualified ? 'a.disqualifiedAt IS NOT NULL' : 'a.disqualifiedAt IS NULL');
  const [rows, total] = await qb.getManyAndCount();
  return page(await present(db, rows, now), total, q);
}

/** Appends an entry to an activist's dynamic points (积分纪实) for this year; entries are never changed. */
export async function addPoints(deps: Deps, actor: Actor, id: number, input: { delta: number; reason: string }) {
  const now = deps.clock.now();
  return inTransaction(deps.db, async (m) => {
    const { applicant, path } = await managed(m, actor, id);
    if (applicant.stage !== 'activist' || applicant.disqualifiedAt) throw new Conflict('NOT_ACTIVIST', '积分纪实只记入党积极分子');
    const year = yearOf(now);
    const pointId = Number((await m.insert(ApplicantPoint, { applicantId: id, organizationId: applicant.organizationId, year, delta: input.delta, reason: input.reason, recordedById: actor.id, createdAt: now })).identifiers[0].id);
    await recordAudit(m, actor, { action: 'applicant.points', entityType: 'applicant', entityId: id, organizationPath: path, after: { ...input, year } });
    return presentPoint(await m.findOneByOrFail(ApplicantPoint, { id: pointId }));
  });
}

/** An applicant's points ledger, newest first. */
export async function listPoints(db: EntityManager, actor: Actor, id: number, q: PagingInput) {
  await managed(db, actor, id);
  const [rows, total] = await db.findAndCount(ApplicantPoint, { where: { applicantId: id }, order: { id: 'DESC' }, skip: (q.page - 1) * q.pageSize, take: q.pageSize });
  return page(rows.map(presentPoint), total, q);
}

/** An organisation's activists in the pipeline ranked by the year's points (ties share a rank; earlier application first). */
async function rankActivists(db: EntityManager, organizationId: number, year: number) {
  const inPipeline = await db.find(Applicant, { where: { organizationId, stage: 'activist', disqualifiedAt: IsNull() }, order: { appliedAt: 'ASC', id: 'ASC' } });
  const sums = await pointSums(db, inPipeline.map((a) => a.id), year);
  const ranked = inPipeline.map((a) => ({ applicantId: a.id, name: a.name, points: sums.get(a.id) ?? 0 })).sort((a, b) => b.points - a.points);
  return ranked.map((r) => ({ ...r, rank: ranked.findIndex((o) => o.points === r.points) + 1 }));
}

export async function ranking(db: EntityManager, actor: Actor, q: PagingInput & { organizationId: number; year?: number }, now: Date) {
  await developmentPolicy.manage(db, actor, q);
  const all = await rankActivists(db, q.organizationId, q.year ?? yearOf(now));
  return page(all.slice((q.page - 1) * q.pageSize, q.page * q.pageSize), all.length, q);
}

/** Disqualifies an activist or candidate for one of the listed conditions: they leave the pipeline, the record stays. */
export async function disqualify(deps: Deps, actor: Actor, id: number, input: { conditionCode: string; note: string }) {
  const now = deps.clock.now();
  return inTransaction(deps.db, async (m) => {
    const { applicant, path } = await managed(m, actor, id);
    if (!(await m.findOneBy(DisqualifyingCondition, { code: input.conditionCode }))) throw bodyError('conditionCode', '不是所列的取消资格情形');
    const done = await m
      .createQueryBuilder()
      .update(Applicant)
      .set({ disqualifiedCode: input.conditionCode, disqualifiedNote: input.note, disqualifiedAt: now })
      .where("id = :id AND disqualifiedAt IS NULL AND stage IN ('activist', 'candidate')", { id })
      .execute();
    if (!done.affected) throw new Conflict('NOT_DISQUALIFIABLE', applicant.disqualifiedAt ? `${applicant.name}已被取消资格` : `只能取消入党积极分子或发展对象的资格（${applicant.name}是${STAGE_NAMES[applicant.stage]}）`);
    await recordAudit(m, actor, { action: 'applicant.disqualify', entityType: 'applicant', entityId: id, organizationPath: path, before: { stage: applicant.stage }, after: input });
    return (await present(m, [await m.findOneByOrFail(Applicant, { id })], now))[0];
  });
}

export async function listConditions(db: EntityManager, actor: Actor, q: PagingInput) {
  await developmentPolicy.list(db, actor);
  const [rows, total] = await db.findAndCount(DisqualifyingCondition, { order: { code: 'ASC' }, skip: (q.page - 1) * q.pageSize, take: q.pageSize });
  return page(rows.map(presentCondition), total, q);
}

/** District admins add a condition or reword one (the district's own list replaces the demo's examples). */
export async function saveCondition(deps: Deps, actor: Actor, input: { code: string; title: string }) {
  return inTransaction(deps.db, async (m) => {
    await developmentPolicy.maintainConditions(m, actor);
    const before = await m.findOneBy(DisqualifyingCondition, { code: input.code });
    if (before) await m.update(DisqualifyingCondition, { id: before.id }, { title: input.title });
    else await m.insert(DisqualifyingCondition, input);
    const saved = await m.findOneByOrFail(DisqualifyingCondition, { code: input.code });
    await recordAudit(m, actor, { action: 'disqualifying_condition.save', entityType: 'disqualifying_condition', entityId: saved.id, organizationPath: '/', before: before ? presentCondition(before) : null, after: input });
    return presentCondition(saved);
  });
}

/** Next steps due in the actor's scope, soonest first: activists who may become candidates, probationary members due for conversion. */
export async function dueSteps(db: EntityManager, actor: Actor, q: PagingInput & { organizationId?: number }, now: Date) {
  await developmentPolicy.list(db, actor);
  const qb = db
    .createQueryBuilder(Applicant, 'a')
    .where("a.stage IN ('activist', 'probationary') AND a.disqualifiedAt IS NULL")
    .orderBy('a.stageAt', 'ASC').addOrderBy('a.id', 'ASC')
    .skip((q.page - 1) * q.pageSize).take(q.pageSize);
  withinScope(qb, actor, 'a.organizationPath');
  if (q.organizationId) qb.andWhere('a.organizationPath LIKE :path', { path: `${await developmentPolicy.manage(db, actor, { organizationId: q.organizationId })}%` });
  const [rows, total] = await qb.getManyAndCount();
  return page(
    rows.map((a) => {
      const next = nextStage(a.stage)!;
      const dueAt = addYears(a.stageAt, 1);
      return { applicantId: a.id, name: a.name, organizationId: a.organizationId, stage: a.stage, next, dueAt: dueAt.toISOString(), overdue: next === 'full' && dueAt <= now, rule: DURATION_RULES[next]!.rule };
    }),
    total,
    q,
  );
}

const ROUND = 'activist_recommendation';

async function presentRound(db: EntityManager, actor: Actor, round: ActivistRecommendation, now: Date) {
  const vote = await voteResult(db, actor, round.voteId!, now);
  let notice: NoticeOut = null;
  if (round.noticeId) {
    const o = await noticeOutcome(db, round.noticeId, now);
    notice = { id: round.noticeId, endsAt: o.endsAt.toISOString(), ended: o.ended, unanswered: o.unanswered, upheldApplicantIds: o.upheldItemKeys.map(Number) };
  }
  return presentRecommendation(round, vote, notice);
}

async function managedRound(db: EntityManager, actor: Actor, id: number) {
  const round = getOrThrow(await db.findOneBy(ActivistRecommendation, { id }), '差额推荐');
  const path = await developmentPolicy.manage(db, actor, round);
  return { round, path };
}

export async function getRound(db: EntityManager, actor: Actor, id: number, now: Date) {
  const { round } = await managedRound(db, actor, id);
  return presentRound(db, actor, round, now);
}

export async function listRounds(db: EntityManager, actor: Actor, q: PagingInput & { organizationId: number }, now: Date) {
  await developmentPolicy.manage(db, actor, q);
  const [rows, total] = await db.findAndCount(ActivistRecommendation, { where: { organizationId: q.organizationId }, order: { year: 'DESC' }, skip: (q.page - 1) * q.pageSize, take: q.pageSize });
  return page(await Promise.all(rows.map((r) => presentRound(db, actor, r, now))), total, q);
}

/**
 * Opens a 差额推荐 round: the organisation's activists ranked by the year's points stand, more of
 * them than seats (else 409), on a vote of the organisation's members (one per organisation and year).
 */
export async function createRound(deps: Deps, actor: Actor, input: { organizationId: number; year: number; seats: number; closesAt?: string }) {
  const now = deps.clock.now();
  const closesAt = input.closesAt ? new Date(input.closesAt) : addDays(now, 7);
  if (input.year > yearOf(now)) throw bodyError('year', '不能为将来的年度推荐');
  if (closesAt <= now) throw bodyError('closesAt', '投票截止时间须晚于现在');
  return inTransaction(deps.db, async (m) => {
    const path = await developmentPolicy.manage(m, actor, input);
    const ranked = await rankActivists(m, input.organizationId, input.year);
    if (ranked.length <= input.seats) throw new Conflict('NOT_ENOUGH_CANDIDATES', `差额推荐的人选须多于名额：现有 ${ranked.length} 名入党积极分子，名额 ${input.seats} 个`);
    if (ranked.length > 50) throw new Conflict('TOO_MANY_CANDIDATES', '一轮推荐最多 50 名人选');
    const candidates: RoundCandidate[] = ranked.map((r, position) => ({ applicantId: r.applicantId, name: r.name, points: r.points, position }));
    const id = Number((await m.insert(ActivistRecommendation, { organizationId: input.organizationId, organizationPath: path, year: input.year, seats: input.seats, status: 'voting', candidates })).identifiers[0].id);
    const vote = await openVote(
      m, actor,
      {
        organizationId: input.organizationId, title: `${input.year}年度入党积极分子差额推荐`, options: candidates.map((c) => ({ label: `${c.name}（${c.points}分）` })),
        maxChoices: input.seats, opensAt: now.toISOString(), closesAt: closesAt.toISOString(), electorate: 'members',
      },
      { type: ROUND, id },
    );
    await m.update(ActivistRecommendation, { id }, { voteId: vote.id });
    await recordAudit(m, actor, { action: 'recommendation.create', entityType: ROUND, entityId: id, organizationPath: path, after: { ...input, candidates: candidates.map((c) => c.applicantId) } });
    return presentRound(m, actor, await m.findOneByOrFail(ActivistRecommendation, { id }), now);
  });
}

/**
 * After the vote closed, publishes the chosen (most votes, then most points) on a 公示 whose items
 * are the applicants, so objections name them. Once only (conditional UPDATE on the status).
 */
export async function publishRoundNotice(deps: Deps, actor: Actor, id: number, input: { endsAt?: string }) {
  const now = deps.clock.now();
  const endsAt = input.endsAt ? new Date(input.endsAt) : addDays(now, 5);
  if (endsAt <= now) throw bodyError('endsAt', '公示结束时间须晚于现在');
  return inTransaction(deps.db, async (m) => {
    const { round, path } = await managedRound(m, actor, id);
    if (round.status !== 'voting') throw new Conflict('ROUND_STATUS', '本轮推荐已公示');
    const vote = await voteResult(m, actor, round.voteId!, now);
    if (vote.status !== 'closed') throw new Conflict('VOTE_NOT_CLOSED', `投票 ${day(new Date(vote.closesAt))} 截止后才能公示结果`);
    const votes = (c: RoundCandidate) => vote.options[c.position].count ?? 0;
    const chosen = [...round.candidates].sort((a, b) => votes(b) - votes(a) || b.points - a.points || a.position - b.position).slice(0, round.seats);
    const notice = await publishNotice(
      m, actor,
      {
        organizationId: round.organizationId, title: `${round.year}年度发展对象人选公示`,
        body: `经入党积极分子积分排名和党员差额推荐投票，拟将以下 ${chosen.length} 名同志列为发展对象，公示期内如有异议请提出。`,
        startsAt: now.toISOString(), endsAt: endsAt.toISOString(), items: chosen.map((c) => ({ key: String(c.applicantId), label: c.name })),
      },
      { type: ROUND, id },
    );
    const done = await m
      .createQueryBuilder()
      .update(ActivistRecommendation)
      .set({ status: 'notice', noticeId: notice.id, chosen: chosen.map((c) => c.applicantId) })
      .where("id = :id AND status = 'voting'", { id })
      .execute();
    if (!done.affected) throw new Conflict('ROUND_STATUS', '本轮推荐已公示');
    await recordAudit(m, actor, { action: 'recommendation.notice', entityType: ROUND, entityId: id, organizationPath: path, after: { noticeId: notice.id, chosen: chosen.map((c) => c.applicantId) } });
    return presentRound(m, actor, await m.findOneByOrFail(ActivistRecommendation, { id }), now);
  });
}

/**
 * After the notice ended with every objection answered, the chosen (less those an upheld objection
 * concerns) move to candidate at `at`, each under the one-year rule (one early: 409, nobody moves).
 */
export async function finalizeRound(deps: Deps, actor: Actor, id: number, input: { at: string }) {
  const now = deps.clock.now();
  const at = new Date(input.at);
  return inTransaction(deps.db, async (m) => {
    const { round, path } = await managedRound(m, actor, id);
    if (round.status !== 'notice') throw new Conflict('ROUND_STATUS', round.status === 'voting' ? '请先公示推荐结果' : '本轮推荐已完成');
    const outcome = await noticeOutcome(m, round.noticeId!, now);
    if (!outcome.ended) throw new Conflict('NOTICE_RUNNING', `公示 ${day(outcome.endsAt)} 结束后才能确定发展对象`);
    if (outcome.unanswered) throw new Conflict('OBJECTIONS_UNANSWERED', `还有 ${outcome.unanswered} 条异议未答复`);
    const promoted = round.chosen!.filter((applicantId) => !outcome.upheldItemKeys.includes(String(applicantId)));
    const applicants = await m.findBy(Applicant, { id: In(promoted.length ? promoted : [0]) });
    for (const applicant of applicants) {
      const refused = refusal(applicant, 'candidate', at, now);
      if (refused) throw refused;
      await advance(m, actor, applicant, path, { stage: 'candidate', at, note: `经${round.year}年度差额推荐和公示，列为发展对象`, evidence: ['差额推荐投票', '公示'] });
    }
    const done = await m.createQueryBuilder().update(ActivistRecommendation).set({ status: 'finalized', promoted }).where("id = :id AND status = 'notice'", { id }).execute();
    if (!done.affected) throw new Conflict('ROUND_STATUS', '本轮推荐已完成');
    await recordAudit(m, actor, { action: 'recommendation.finalize', entityType: ROUND, entityId: id, organizationPath: path, after: { at: input.at, promoted } });
    return presentRound(m, actor, await m.findOneByOrFail(ActivistRecommendation, { id }), now);
  });
}

