import crypto from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import type { Deps } from '../../deps';
import type { Actor } from '../../core/actor';
import { page } from '../../core/paging';
import { inTransaction } from '../../db/transaction';
import { Conflict, Forbidden, fromDatabaseError, getOrThrow, Invalid } from '../../errors';
import { recordAudit } from '../audit';
import { partyMemberOf } from '../members';
import { Organization } from '../orgs';
import { Vote, VoteChoice, VoteOption, VoteParticipation } from './entities';
import { votePolicy } from './policy';
import { presentVote, voteStatus, type Tally, type VoteOut } from './present';
import type { CreateVoteInput, UpdateVoteInput, VotesInput } from './schemas';

/** What a vote decides, for the module that opened it (a sunshine selection, a recommendation round). */
export interface VoteSubject {
  type: string;
  id: number;
}

const bodyError = (field: string, message: string) => new Invalid(message, [{ in: 'body', field, message }]);

async function insertOptions(m: EntityManager, voteId: number, labels: { label: string }[]) {
  await m.insert(VoteOption, labels.map((o, position) => ({ voteId, position, label: o.label })));
}

/**
 * Opens a vote (in the caller's transaction, so a selection and its vote land together): an admin of
 * the organisation, audited. Other modules pass a `subject` to link their record to it.
 */
export async function openVote(m: EntityManager, actor: Actor, input: CreateVoteInput, subject?: VoteSubject): Promise<Vote> {
  const organizationPath = await votePolicy.create(m, actor, input);
  const vote = await m.save(
    m.create(Vote, {
      organizationId: input.organizationId, title: input.title, maxChoices: input.maxChoices, opensAt: new Date(input.opensAt), closesAt: new Date(input.closesAt),
      electorate: input.electorate, subjectType: subject?.type ?? null, subjectId: subject?.id ?? null, createdById: actor.id,
    }),
  );
  await insertOptions(m, vote.id, input.options);
  await recordAudit(m, actor, { action: 'vote.create', entityType: 'vote', entityId: vote.id, organizationPath, after: { ...input, subject: subject ?? null } });
  return vote;
}

export async function createVote(deps: Deps, actor: Actor, input: CreateVoteInput) {
  const vote = await inTransaction(deps.db, (m) => openVote(m, actor, input));
  return getVote(deps.db.manager, actor, vote.id, deps.clock.now());
}

/**
 * Corrects a vote that has not opened. The conditional UPDATE (`opensAt > now`) is what freezes the
 * options once it opens: ballots are taken only from `opensAt` on, so no ballot ever names an option
 * that changed under it.
 */
export async function updateVote(deps: Deps, actor: Actor, id: number, input: UpdateVoteInput) {
  const now = deps.clock.now();
  await inTransaction(deps.db, async (m) => {
    const vote = getOrThrow(await m.findOneBy(Vote, { id }), '投票');
    const organizationPath = await votePolicy.update(m, actor, vote);
    // Its options are that module's records (a selection's candidates): they change there, not here.
    if (vote.subjectType) throw new Conflict('VOTE_HAS_SUBJECT', '该投票由评选等流程发起，不能单独修改');
    const optionCount = input.options?.length ?? (await m.countBy(VoteOption, { voteId: id }));
    const maxChoices = input.maxChoices ?? vote.maxChoices;
    if (maxChoices > optionCount) throw bodyError('maxChoices', '可选数不能多于选项数');
    const changed = await m
      .createQueryBuilder()
      .update(Vote)
      .set({ title: input.title ?? vote.title, maxChoices })
      .where('id = :id AND opensAt > :now', { id, now })
      .execute();
    if (!changed.affected) throw new Conflict('VOTE_STARTED', '投票已开始，不能再修改');
    const before = await m.find(VoteOption, { where: { voteId: id }, order: { position: 'ASC' } });
    if (input.options) {
      await m.delete(VoteOption, { voteId: id });
      await insertOptions(m, id, input.options);
    }
    await recordAudit(m, actor, {
      action: 'vote.update', entityType: 'vote', entityId: id, organizationPath,
      before: { title: vote.title, maxChoices: vote.maxChoices, options: before.map((o) => o.label) }, after: input,
    });
  });
  return getVote(deps.db.manager, actor, id, now);
}

/** The organisation path of the caller's party membership, if any. */
async function memberPathOf(db: EntityManager, actor: Actor | undefined): Promise<string | null> {
  const member = actor && (await partyMemberOf(db, actor.id));
  if (!member) return null;
  return (await db.findOneByOrFail(Organization, { id: member.organizationId })).path;
}

/**
 * The electorate: `members` are the party members of the vote organisation's subtree; `residents` are
 * everyone logged in (the platform holds no verified residence, so a resident vote is one per WeChat
 * account; see docs/SECURITY.md).
 */
const isElector = (actor: Actor | undefined, vote: Vote, votePath: string, memberPath: string | null) =>
  !!actor && (vote.electorate === 'residents' || !!memberPath?.startsWith(votePath));

async function tallies(db: EntityManager, votes: Vote[], now: Date): Promise<Map<number, Tally>> {
  const closed = votes.filter((v) => voteStatus(v, now) === 'closed').map((v) => v.id);
  const result = new Map<number, Tally>(closed.map((id) => [id, { counts: new Map(), ballots: 0 }]));
  if (!closed.length) return result;
  const counts = await db
    .createQueryBuilder(VoteChoice, 'c')
    .select('c.voteId', 'voteId').addSelect('c.optionId', 'optionId').addSelect('COUNT(*)', 'n')
    .where('c.voteId IN (:...closed)', { closed })
    .groupBy('c.voteId').addGroupBy('c.optionId')
    .getRawMany<{ voteId: number; optionId: number; n: string }>();
  for (const c of counts) result.get(Number(c.voteId))!.counts.set(Number(c.optionId), Number(c.n));
  const ballots = await db
    .createQueryBuilder(VoteParticipation, 'p')
    .select('p.voteId', 'voteId').addSelect('COUNT(*)', 'n')
    .where('p.voteId IN (:...closed)', { closed })
    .groupBy('p.voteId')
    .getRawMany<{ voteId: number; n: string }>();
  for (const b of ballots) result.get(Number(b.voteId))!.ballots = Number(b.n);
  return result;
}

async function presentVotes(db: EntityManager, actor: Actor | undefined, votes: Vote[], now: Date): Promise<VoteOut[]> {
  if (!votes.length) return [];
  const ids = votes.map((v) => v.id);
  const [options, orgs, counted, mine, memberPath] = await Promise.all([
    db.find(VoteOption, { where: { voteId: In(ids) }, order: { position: 'ASC' } }),
    db.find(Organization, { where: { id: In([...new Set(votes.map((v) => v.organizationId))]) }, select: { id: true, path: true } }),
    tallies(db, votes, now),
    actor ? db.find(VoteParticipation, { where: { voteId: In(ids), userId: actor.id } }) : [],
    memberPathOf(db, actor),
  ]);
  const paths = new Map(orgs.map((o) => [o.id, o.path]));
  const voted = new Set(mine.map((p) => p.voteId));
  return votes.map((v) =>
    presentVote(v, options.filter((o) => o.voteId === v.id), counted.get(v.id) ?? null, { eligible: isElector(actor, v, paths.get(v.organizationId)!, memberPath), voted: voted.has(v.id) }, now),
  );
}

export async function getVote(db: EntityManager, actor: Actor | undefined, id: number, now: Date) {
  const vote = getOrThrow(await db.findOneBy(Vote, { id }), '投票');
  return (await presentVotes(db, actor, [vote], now))[0];
}

/** A vote with its counts once closed (`null` before): what a module that opened it reads its result from. */
export const voteResult = getVote;

/**
 * Votes, newest first; `eligible=true` keeps those the caller may vote in (resident votes, and member
 * votes of the caller's organisation or one above it).
 */
export async function listVotes(db: EntityManager, actor: Actor | undefined, q: VotesInput, now: Date) {
  const qb = db.createQueryBuilder(Vote, 'v').orderBy('v.id', 'DESC').skip((q.page - 1) * q.pageSize).take(q.pageSize);
  if (q.organizationId) qb.andWhere('v.organizationId = :org', { org: q.organizationId });
  if (q.status === 'scheduled') qb.andWhere('v.opensAt > :now', { now });
  if (q.status === 'open') qb.andWhere('v.opensAt <= :now AND v.closesAt > :now', { now });
  if (q.status === 'closed') qb.andWhere('v.closesAt <= :now', { now });
  if (q.eligible) {
    const memberPath = await memberPathOf(db, actor);
    const ancestors = memberPath ? memberPath.split('/').filter(Boolean).map(Number) : [];
    if (!actor) qb.andWhere('1 = 0');
    else if (ancestors.length) qb.andWhere("(v.electorate = 'residents' OR v.organizationId IN (:...ancestors))", { ancestors });
    else qb.andWhere("v.electorate = 'residents'");
  }
  const [rows, total] = await qb.getManyAndCount();
  return page(await presentVotes(db, actor, rows, now), total, q);
}

/**
 * Writes a ballot: that the user voted, and what was chosen, sharing nothing but the vote (see
 * VoteChoice). Call it in a transaction so neither lands alone; the checks are the caller's.
 */
export async function recordBallot(m: EntityManager, voteId: number, userId: number, optionIds: number[]) {
  await m.insert(VoteParticipation, { voteId, userId });
  await m.insert(VoteChoice, optionIds.map((optionId) => ({ id: crypto.randomUUID(), voteId, optionId })));
}

/**
 * Casts a secret ballot. The participation row (the primary key makes a second ballot a 409, also
 * across processes) and the choice rows are written in one transaction and share nothing: the
 * choices get random UUID keys and carry no time, so no one reading the tables can join a choice to
 * its voter (docs/SECURITY.md).
 */
export async function castBallot(deps: Deps, actor: Actor, voteId: number, optionIds: number[]) {
  const db = deps.db.manager;
  const now = deps.clock.now();
  const vote = getOrThrow(await db.findOneBy(Vote, { id: voteId }), '投票');
  const status = voteStatus(vote, now);
  if (status === 'scheduled') throw new Conflict('VOTE_NOT_OPEN', '投票尚未开始');
  if (status === 'closed') throw new Conflict('VOTE_CLOSED', '投票已结束');
  const votePath = (await db.findOneByOrFail(Organization, { id: vote.organizationId })).path;
  if (!isElector(actor, vote, votePath, await memberPathOf(db, actor))) throw new Forbidden('您不在本次投票的选民范围内', 'NOT_ELECTOR');
  if (optionIds.length > vote.maxChoices) throw bodyError('optionIds', `最多选择 ${vote.maxChoices} 项`);
  const options = new Set((await db.find(VoteOption, { where: { voteId }, select: { id: true } })).map((o) => o.id));
  const unknown = optionIds.filter((id) => !options.has(id));
  if (unknown.length) throw bodyError('optionIds', `选项 ${unknown.join('、')} 不属于本次投票`);
  try {
    await inTransaction(deps.db, (m) => recordBallot(m, voteId, actor.id, optionIds));
  } catch (err) {
    if (fromDatabaseError(err)?.code === 'DUPLICATE') throw new Conflict('ALREADY_VOTED', '您已投过票');
    throw err;
  }
  return { voteId, voted: true as const };
}
