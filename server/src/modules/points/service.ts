import type { EntityManager } from 'typeorm';
import { LessThanOrEqual } from 'typeorm';
import { yearOf, yearRange } from '../../core/time';
import { page, type PagingInput } from '../../core/paging';
import type { Actor } from '../../core/actor';
import type { Deps } from '../../deps';
import { inTransaction } from '../../db/transaction';
import { Conflict, Invalid, getOrThrow } from '../../errors';
import { recordAudit } from '../audit';
import { userNicknames } from '../auth';
import { PartyMember } from '../members';
import { organizationPath } from '../orgs';
import { PointAward, PointEntry, PointRule, PointTally, type PointSource } from './entities';
import { pointsPolicy } from './policy';
import { presentPointEntry } from './present';
import { DEFAULT_RULES, type RuleDefault } from './rules';

export interface Award {
  userId: number;
  delta: number;
  reason: string;
  sourceType: PointSource;
  sourceId: number;
  ruleCode: string;
  organizationId: number;
  organizationPath: string;
  /** When it was earned: the year it counts in (and whose cap it is charged to). */
  createdAt: Date;
}

export type Rule = RuleDefault & { year: number };

/** Every rule as it stands in `year`: its latest version from that year or before, else its default. */
export async function rulesFor(db: EntityManager, year: number): Promise<Rule[]> {
  const versions = await db.find(PointRule, { where: { year: LessThanOrEqual(year) }, order: { year: 'ASC' } });
  const latest = new Map(versions.map((v) => [v.code, v]));
  return DEFAULT_RULES.map((d) => {
    const v = latest.get(d.code);
    return v ? { ...d, label: v.label, points: v.points, yearlyCap: v.yearlyCap, year: v.year } : { ...d, year };
  });
}

async function ruleFor(db: EntityManager, code: string, year: number): Promise<Rule> {
  const rule = (await rulesFor(db, year)).find((r) => r.code === code);
  if (!rule) throw new Invalid('没有这条积分规则', { ruleCode: code });
  return rule;
}

/**
 * Makes sure the member's tally for the rule and year exists. Call it before the transaction that
 * pays: inside it, MySQL's INSERT IGNORE would share-lock the row and two payers would deadlock.
 */
export async function openTally(db: EntityManager, userId: number, ruleCode: string, year: number): Promise<void> {
  await db.createQueryBuilder().insert().into(PointTally).values({ userId, ruleCode, year, used: 0 }).orIgnore().updateEntity(false).execute();
}

/**
 * Appends a ledger entry under its rule, in the caller's transaction, after `openTally`. The yearly
 * cap holds by one conditional UPDATE of the tally; over the cap nothing is written and 0 is answered.
 * The unique (user, source) index makes a second payment for one cause fail.
 */
export async function awardPoints(m: EntityManager, award: Award): Promise<number> {
  const year = yearOf(award.createdAt);
  const rule = await ruleFor(m, award.ruleCode, year);
  const amount = Math.abs(award.delta);
  const charged = await m
    .createQueryBuilder()
    .update(PointTally)
    .set({ used: () => 'used + :amount' })
    .where(`userId = :userId AND ruleCode = :code AND year = :year${rule.yearlyCap === null ? '' : ' AND used + :amount <= :cap'}`)
    .setParameters({ amount, userId: award.userId, code: award.ruleCode, year, cap: rule.yearlyCap })
    .execute();
  if (!charged.affected) return 0;
  await m.insert(PointEntry, award);
  return award.delta;
}

/** Points are counted by calendar year in China's time zone (1 January 00:00 +08:00); without a year, the one `now` is in. */
export async function myPoints(db: EntityManager, actor: Actor, q: PagingInput & { year?: number }, now: Date) {
  await pointsPolicy.mine(db, actor);
  const year = q.year ?? yearOf(now);
  const { from, to } = yearRange(year);
  const inYear = db
    .createQueryBuilder(PointEntry, 'e')
    .where('e.userId = :userId AND e.createdAt >= :from AND e.createdAt < :to', { userId: actor.id, from, to });
  const sum = await inYear.clone().select('COALESCE(SUM(e.delta), 0)', 'total').addSelect('COUNT(*)', 'count').getRawOne<{ total: string; count: string }>();
  const entries = await inYear.orderBy('e.id', 'DESC').skip((q.page - 1) * q.pageSize).take(q.pageSize).getMany();
  const tallies = await db.find(PointTally, { where: { userId: actor.id, year } });
  const used = new Map(tallies.map((t) => [t.ruleCode, t.used]));
  const rules = (await rulesFor(db, year)).map((r) => ({ ...r, used: used.get(r.code) ?? 0 }));
  return { year, total: Number(sum?.total ?? 0), rules, entries: entries.map(presentPointEntry), entryCount: Number(sum?.count ?? 0), page: q.page, pageSize: q.pageSize };
}

/** Members whose points were earned in the organisation's subtree, most points first. */
export async function ranking(db: EntityManager, actor: Actor, q: PagingInput & { organizationId: number; year?: number }, now: Date) {
  const path = await pointsPolicy.ranking(db, actor, q);
  const year = q.year ?? yearOf(now);
  const { from, to } = yearRange(year);
  const qb = db
    .createQueryBuilder(PointEntry, 'e')
    .where('e.organizationPath LIKE :path AND e.createdAt >= :from AND e.createdAt < :to', { path: `${path}%`, from, to });
  const count = await qb.clone().select('COUNT(DISTINCT e.userId)', 'n').getRawOne<{ n: string }>();
  const rows = await qb
    .select('e.userId', 'userId')
    .addSelect('SUM(e.delta)', 'points')
    .groupBy('e.userId')
    .orderBy('points', 'DESC')
    .addOrderBy('e.userId', 'ASC')
    .offset((q.page - 1) * q.pageSize)
    .limit(q.pageSize)
    .getRawMany<{ userId: number; points: string }>();
  const names = await userNicknames(db, rows.map((r) => Number(r.userId)));
  const items = rows.map((r, i) => ({
    rank: (q.page - 1) * q.pageSize + i + 1,
    userId: Number(r.userId),
    nickname: names.get(Number(r.userId)) ?? '',
    points: Number(r.points),
  }));
  return { year, ...page(items, Number(count?.n ?? 0), q) };
}

/** The year's rules, with their points and caps. */
export async function listRules(db: EntityManager, year: number | undefined, now: Date) {
  return rulesFor(db, year ?? yearOf(now));
}

/**
 * A district admin sets a rule's version for a year (this one or later: a year's points, once
 * earned, are not re-priced). Audited.
 */
export async function editRule(deps: Deps, actor: Actor, code: string, input: { year: number; label: string; points: number; yearlyCap: number | null }) {
  await pointsPolicy.editRules(deps.db.manager, actor);
  const base = DEFAULT_RULES.find((r) => r.code === code);
  if (!base) throw new Invalid('没有这条积分规则', { ruleCode: code });
  if (input.year < yearOf(deps.clock.now())) throw new Conflict('YEAR_CLOSED', '往年的积分规则不能再修改');
  if (Math.sign(input.points) !== Math.sign(base.points)) throw new Invalid(base.points < 0 ? '扣分规则的分值应为负数' : '加分规则的分值应为正数');
  return inTransaction(deps.db, async (m) => {
    const before = (await rulesFor(m, input.year)).find((r) => r.code === code)!;
    const existing = await m.findOneBy(PointRule, { code, year: input.year });
    if (existing) await m.update(PointRule, existing.id, input);
    else await m.insert(PointRule, { code, ...input });
    const after = (await rulesFor(m, input.year)).find((r) => r.code === code)!;
    await recordAudit(m, actor, { action: 'point_rule.edit', entityType: 'point_rule', entityId: existing?.id ?? (await m.findOneByOrFail(PointRule, { code, year: input.year })).id, organizationPath: '/', before, after });
    return after;
  });
}

/**
 * An admin awards (or deducts) a rule's points to a member in scope, with a reason. Above the rule's
 * yearly cap 409 CAP_REACHED, whatever the number of admins pressing at once.
 */
export async function awardByAdmin(deps: Deps, actor: Actor, input: { memberId: number; ruleCode: string; note: string }) {
  const member = getOrThrow(await deps.db.manager.findOneBy(PartyMember, { id: input.memberId }), '党员');
  await pointsPolicy.award(deps.db.manager, actor, member);
  if (member.userId === null) throw new Conflict('MEMBER_NOT_BOUND', '该党员尚未绑定微信，暂不能记分');
  const userId = member.userId;
  const now = deps.clock.now();
  const rule = await ruleFor(deps.db.manager, input.ruleCode, yearOf(now));
  if (rule.category === 'attendance') throw new Invalid('参加活动的积分由签到自动记入');
  await openTally(deps.db.manager, userId, rule.code, yearOf(now));
  return inTransaction(deps.db, async (m) => {
    const path = await organizationPath(m, member.organizationId);
    const causeId = Number((await m.insert(PointAward, { memberId: member.id, ruleCode: rule.code, note: input.note, awardedBy: actor.id, createdAt: now })).identifiers[0].id);
    const paid = await awardPoints(m, {
      userId, delta: rule.points, reason: `${rule.label}：${input.note}`.slice(0, 200), sourceType: 'award', sourceId: causeId, ruleCode: rule.code,
      organizationId: member.organizationId, organizationPath: path, createdAt: now,
    });
    if (!paid) throw new Conflict('CAP_REACHED', `「${rule.label}」本年度最多 ${rule.yearlyCap} 分，已达上限`, { yearlyCap: rule.yearlyCap });
    const entry = await m.findOneByOrFail(PointEntry, { userId, sourceType: 'award', sourceId: causeId });
    await recordAudit(m, actor, { action: 'points.award', entityType: 'point_entry', entityId: entry.id, organizationPath: path, after: { memberId: member.id, ruleCode: rule.code, delta: entry.delta, note: input.note } });
    return presentPointEntry(entry);
  });
}

/**
 * Corrects an entry by a new one of the opposite sign with the reason (the ledger is never edited),
 * once per entry, inside the year it counts in; the rule's tally gives the points back.
 */
export async function correctEntry(deps: Deps, actor: Actor, entryId: number, reason: string) {
  const entry = getOrThrow(await deps.db.manager.findOneBy(PointEntry, { id: entryId }), '积分记录');
  const path = await pointsPolicy.correct(deps.db.manager, actor, entry);
  if (entry.sourceType === 'correction') throw new Conflict('IS_CORRECTION', '更正记录不能再更正');
  const now = deps.clock.now();
  const year = yearOf(entry.createdAt);
  if (year !== yearOf(now)) throw new Conflict('YEAR_CLOSED', '往年的积分已结算，不能更正');
  return inTransaction(deps.db, async (m) => {
    await m.insert(PointEntry, {
      userId: entry.userId, delta: -entry.delta, reason: `更正：${reason}`.slice(0, 200), sourceType: 'correction', sourceId: entry.id, ruleCode: entry.ruleCode,
      organizationId: entry.organizationId, organizationPath: entry.organizationPath, createdAt: now,
    });
    if (entry.ruleCode) {
      await m.createQueryBuilder().update(PointTally).set({ used: () => 'used - :amount' })
        .where('userId = :userId AND ruleCode = :code AND year = :year', { amount: Math.abs(entry.delta), userId: entry.userId, code: entry.ruleCode, year })
        .execute();
    }
    const correction = await m.findOneByOrFail(PointEntry, { userId: entry.userId, sourceType: 'correction', sourceId: entry.id });
    await recordAudit(m, actor, { action: 'points.correct', entityType: 'point_entry', entityId: correction.id, organizationPath: path, before: presentPointEntry(entry), after: { delta: correction.delta, reason } });
    return presentPointEntry(correction);
  });
}

/** Each member's points in a year, by user: what star ratings and the 阳光党员 selection are built on. */
export async function pointsByUser(db: EntityManager, userIds: number[], year: number): Promise<Map<number, number>> {
  if (!userIds.length) return new Map();
  const { from, to } = yearRange(year);
  const rows = await db
    .createQueryBuilder(PointEntry, 'e')
    .select('e.userId', 'userId')
    .addSelect('SUM(e.delta)', 'points')
    .where('e.userId IN (:...userIds) AND e.createdAt >= :from AND e.createdAt < :to', { userIds, from, to })
    .groupBy('e.userId')
    .getRawMany<{ userId: number; points: string }>();
  return new Map(rows.map((r) => [Number(r.userId), Number(r.points)]));
}
