import { In, type EntityManager } from 'typeorm';
import type { Deps } from '../../deps';
import type { Actor } from '../../core/actor';
import { page } from '../../core/paging';
import { yearOf } from '../../core/time';
import { inTransaction } from '../../db/transaction';
import { Conflict, fromDatabaseError, getOrThrow, Invalid } from '../../errors';
import { recordAudit } from '../audit';
import { noticeOutcome, publishNotice } from '../public-notices';
import { yearStanding } from '../stars';
import { openVote, voteResult } from '../votes';
import { SelectionCandidate, SunshineSelection, type SelectionStatus } from './entities';
import { selectionPolicy } from './policy';
import { presentSelection, presentSelectionSummary } from './present';
import type { CreateSelectionInput, OpenVoteInput, SelectionNoticeInput, SelectionsInput } from './schemas';

const DAY_MS = 24 * 3600_000;
const SUBJECT = 'sunshine_selection';
const STEP_NAMES: Record<SelectionStatus, string> = { nominating: '提名', voting: '投票', notice: '公示', final: '评选结果' };

/** 差额: at least one candidate more than the seats, and a fifth more for larger rounds. */
export const candidateCount = (seats: number) => seats + Math.max(1, Math.ceil(seats / 5));

const wrongStep = (s: SunshineSelection) => new Conflict('SELECTION_STEP', `评选当前处于「${STEP_NAMES[s.status]}」阶段，不能进行这一步`);

/**
 * Moves a selection one step on with one conditional UPDATE (`status = from`), so each step is taken
 * once, also when two admins press at the same moment.
 */
async function advance(m: EntityManager, s: SunshineSelection, from: SelectionStatus, to: SelectionStatus, set: Partial<SunshineSelection> = {}) {
  const moved = await m.update(SunshineSelection, { id: s.id, status: from }, { ...set, status: to });
  if (!moved.affected) throw wrongStep(s);
}


function windowOf(from: string | undefined, to: string | undefined, now: Date, field: string) {
  const start = from ? new Date(from) : now;
  const end = to ? new Date(to) : new Date(start.getTime() + 7 * DAY_MS);
  if (end <= start) throw new Invalid('结束时间须晚于开始时间', [{ in: 'body', field, message: '结束时间须晚于开始时间' }]);
  return { start, end };
}

/**
 * Opens a selection: its candidates are the organisation's members with most stars, then most points,
 * for the year (modules/stars), more of them than seats. One selection per organisation and year.
 */
export async function createSelection(deps: Deps, actor: Actor, input: CreateSelectionInput) {
  const now = deps.clock.now();
  try {
    const id = await inTransaction(deps.db, async (m) => {
      const organizationPath = await selectionPolicy.create(m, actor, input);
      if (input.year > yearOf(now)) throw new Conflict('YEAR_NOT_STARTED', `${input.year} 年尚未开始`);
      const standing = await yearStanding(m, organizationPath, input.year);
      const count = candidateCount(input.seats);
      if (standing.length < input.seats + 1) throw new Conflict('NOT_ENOUGH_CANDIDATES', `差额评选至少需要 ${input.seats + 1} 名党员，本组织只有 ${standing.length} 名`);
      const s = await m.save(m.create(SunshineSelection, { ...input, status: 'nominating', createdById: actor.id, createdAt: now }));
      await m.insert(
        SelectionCandidate,
        standing.slice(0, count).map((c, i) => ({ selectionId: s.id, memberId: c.memberId, name: c.name, organizationId: c.organizationId, rank: i + 1, points: c.points, stars: c.stars })),
      );
      await recordAudit(m, actor, { action: 'selection.create', entityType: 'sunshine_selection', entityId: s.id, organizationPath, after: { ...input, candidates: Math.min(count, standing.length) } });
      return s.id;
    });
    return getSelection(deps.db.manager, id);
  } catch (err) {
    if (fromDatabaseError(err)?.code === 'DUPLICATE') throw new Conflict('SELECTION_EXISTS', `本组织 ${input.year} 年度的评选已经开始`);
    throw err;
  }
}

const candidatesOf = (m: EntityManager, selectionId: number) => m.find(SelectionCandidate, { where: { selectionId }, order: { rank: 'ASC' } });

/** Step 2: the members' vote, one option per candidate, as many choices as seats. */
export async function openSelectionVote(deps: Deps, actor: Actor, id: number, input: OpenVoteInput) {
  const now = deps.clock.now();
  const { start, end } = windowOf(input.opensAt, input.closesAt, now, 'closesAt');
  await inTransaction(deps.db, async (m) => {
    const s = getOrThrow(await m.findOneBy(SunshineSelection, { id }), '评选');
    const organizationPath = await selectionPolicy.openVote(m, actor, s);
    await advance(m, s, 'nominating', 'voting', { voteOpensAt: start, voteClosesAt: end });
    const candidates = await candidatesOf(m, id);
    const vote = await openVote(
      m, actor,
      {
        organizationId: s.organizationId, title: `${s.year}年度阳光党员评选投票（选 ${s.seats} 人）`, options: candidates.map((c) => ({ label: c.name })),
        maxChoices: s.seats, opensAt: start.toISOString(), closesAt: end.toISOString(), electorate: 'members',
      },
      { type: SUBJECT, id },
    );
    const { options } = await voteResult(m, undefined, vote.id, now);
    for (const [i, c] of candidates.entries()) await m.update(SelectionCandidate, { id: c.id }, { optionId: options[i].id });
    await m.update(SunshineSelection, { id }, { voteId: vote.id });
    await recordAudit(m, actor, { action: 'selection.vote', entityType: 'sunshine_selection', entityId: id, organizationPath, after: { voteId: vote.id, opensAt: start, closesAt: end } });
  });
  return getSelection(deps.db.manager, id);
}

/**
 * Step 3, once the vote has closed: the candidates with most votes take the seats (a tie at the last
 * seat goes to the one drawn first, by stars and points) and are published for 公示; an objection may
 * name one of them.
 */
export async function publishSelectionNotice(deps: Deps, actor: Actor, id: number, input: SelectionNoticeInput) {
  const now = deps.clock.now();
  const { start, end } = windowOf(input.startsAt, input.endsAt, now, 'endsAt');
  await inTransaction(deps.db, async (m) => {
    const s = getOrThrow(await m.findOneBy(SunshineSelection, { id }), '评选');
    const organizationPath = await selectionPolicy.publishNotice(m, actor, s);
    if (s.status !== 'voting') throw wrongStep(s);
    const vote = await voteResult(m, undefined, s.voteId!, now);
    if (vote.status !== 'closed') throw new Conflict('VOTE_NOT_CLOSED', '投票尚未结束');
    await advance(m, s, 'voting', 'notice', { noticeStartsAt: start, noticeEndsAt: end });
    const counts = new Map(vote.options.map((o) => [o.id, o.count ?? 0]));
    const candidates = (await candidatesOf(m, id)).map((c) => ({ ...c, votes: counts.get(c.optionId!) ?? 0 }));
    const winners = [...candidates].sort((a, b) => b.votes - a.votes || a.rank - b.rank).slice(0, s.seats);
    for (const c of candidates) await m.update(SelectionCandidate, { id: c.id }, { votes: c.votes, winner: winners.includes(c) });
    const notice = await publishNotice(
      m, actor,
      {
        organizationId: s.organizationId, title: `${s.year}年度阳光党员拟表彰人选公示`,
        body: `经党员投票（${vote.ballotCount ?? 0} 人参加），以下 ${winners.length} 名同志为 ${s.year} 年度阳光党员拟表彰人选，现予公示。公示期内如有异议，请在线提出并注明所涉人选。`,
        startsAt: start.toISOString(), endsAt: end.toISOString(), items: [...winners].sort((a, b) => a.rank - b.rank).map((c) => ({ key: String(c.id), label: c.name })),
      },
      { type: SUBJECT, id },
    );
    await m.update(SunshineSelection, { id }, { noticeId: notice.id });
    await recordAudit(m, actor, { action: 'selection.notice', entityType: 'sunshine_selection', entityId: id, organizationPath, after: { noticeId: notice.id, winners: winners.map((c) => c.memberId) } });
  });
  return getSelection(deps.db.manager, id);
}

/** Step 4, once the 公示 has ended and every objection is answered: a winner an upheld objection names is dropped. */
export async function finalizeSelection(deps: Deps, actor: Actor, id: number) {
  const now = deps.clock.now();
  await inTransaction(deps.db, async (m) => {
    const s = getOrThrow(await m.findOneBy(SunshineSelection, { id }), '评选');
    const organizationPath = await selectionPolicy.finalize(m, actor, s);
    if (s.status !== 'notice') throw wrongStep(s);
    const outcome = await noticeOutcome(m, s.noticeId!, now);
    if (!outcome.ended) throw new Conflict('NOTICE_NOT_ENDED', '公示期尚未结束');
    if (outcome.unanswered) throw new Conflict('OBJECTIONS_PENDING', `还有 ${outcome.unanswered} 条异议未答复`);
    await advance(m, s, 'notice', 'final', { finalizedAt: now });
    const dropped = outcome.upheldItemKeys.map(Number);
    if (dropped.length) await m.update(SelectionCandidate, { selectionId: id, id: In(dropped), winner: true }, { dropped: true });
    await recordAudit(m, actor, { action: 'selection.finalize', entityType: 'sunshine_selection', entityId: id, organizationPath, after: { dropped } });
  });
  return getSelection(deps.db.manager, id);
}

export async function getSelection(db: EntityManager, id: number) {
  const s = getOrThrow(await db.findOneBy(SunshineSelection, { id }), '评选');
  return presentSelection(s, await candidatesOf(db, id));
}

export async function listSelections(db: EntityManager, q: SelectionsInput) {
  const [rows, total] = await db.findAndCount(SunshineSelection, {
    where: { ...(q.organizationId && { organizationId: q.organizationId }), ...(q.year && { year: q.year }) },
    order: { id: 'DESC' }, skip: (q.page - 1) * q.pageSize, take: q.pageSize,
  });
  return page(rows.map(presentSelectionSummary), total, q);
}
