import { In, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { page } from '../../core/paging';
import { onCalendarDay, periodRange, shiftPeriod, startOfDay } from '../../core/time';
import { NotFound } from '../../errors';
import { ANSWER_WITHIN_MS, CATALOGUE, CATEGORIES, chainHead, complianceRows, Disclosure, DisclosureQuestion, latestDuePeriod, type Category, type ComplianceStatus } from '../disclosures';
import { Letter, maskPersonalData } from '../letters';
import { getCommunity, listCommunities, Street } from '../orgs';
import { ANSWER_STATES, type FigureRow } from './present';
import type { Figure, RowsInput } from './schemas';

const MONTHS = 12;
const QUARTERS = 4;

export type AnswerState = (typeof ANSWER_STATES)[number];
const answerState = (dueAt: Date, repliedAt: Date | null, now: Date): AnswerState =>
  repliedAt ? (repliedAt <= dueAt ? 'on_time' : 'late') : now > dueAt ? 'overdue' : 'open';

interface Cell {
  communityId: number; kind: 'month' | 'quarter'; period: string; category: Category; subCategory: string; subCategoryLabel: string;
  status: ComplianceStatus; dueAt: string; publishedAt: string | null;
}

/**
 * Each community's disclosure record for the last 12 due months (finance) and 4 due quarters (party,
 * affairs), one cell per period and sub-category the catalogue requires every period (one 党费 item
 * does not make the whole 党务 quarter on time), from the disclosures compliance rule itself.
 */
async function disclosureCells(db: EntityManager, communityIds: number[], now: Date): Promise<Cell[]> {
  const [month, quarter] = [latestDuePeriod('finance', now), latestDuePeriod('party', now)];
  const cells: Cell[] = [];
  for (let i = 0; i < MONTHS; i++) {
    const rows = await complianceRows(db, { communityIds, period: shiftPeriod(month, -i), quarter: shiftPeriod(quarter, -Math.min(i, QUARTERS - 1)) }, now);
    for (const r of rows.items)
      for (const c of r.categories)
        if (c.category === 'finance' || i < QUARTERS)
          for (const sub of c.subCategories)
            cells.push({
              communityId: r.communityId, kind: c.category === 'finance' ? 'month' : 'quarter', period: c.period, category: c.category, dueAt: c.dueAt,
              subCategory: sub.subCategory, subCategoryLabel: CATALOGUE[c.category].subCategories[sub.subCategory], status: sub.status, publishedAt: sub.publishedAt,
            });
  }
  return cells;
}

const DAY_MS = 24 * 3600_000;

/**
 * 重大事项随时公开: the major matters published since the first month on the card (first
 * publications: a correction is not a second matter), with the days from the matter to its
 * publication when its day is given.
 */
async function majorRows(db: EntityManager, communityIds: number[], now: Date) {
  const since = periodRange(shiftPeriod(latestDuePeriod('finance', now), -(MONTHS - 1))).from;
  const rows = await db
    .createQueryBuilder(Disclosure, 'd')
    .where('d.communityId IN (:...communityIds) AND d.major = :major AND d.status = :published AND d.originalId IS NULL', { communityIds, major: true, published: 'published' })
    .andWhere('d.publishedAt >= :since', { since })
    .orderBy('d.publishedAt', 'DESC')
    .addOrderBy('d.id', 'DESC')
    .getMany();
  return rows.map((d) => ({
    communityId: d.communityId,
    row: {
      kind: 'major' as const, id: d.id, title: d.title, category: d.category, subCategory: d.subCategory, matterDate: d.matterDate, publishedAt: d.publishedAt!.toISOString(),
      daysToPublish: d.matterDate ? Math.round((startOfDay(d.publishedAt!).getTime() - onCalendarDay(d.matterDate).getTime()) / DAY_MS) : null,
    },
  }));
}

async function answerRows(db: EntityManager, communityIds: number[], now: Date) {
  const questions = (await db.find(DisclosureQuestion, { where: { communityId: In(communityIds), status: 'visible' }, order: { id: 'DESC' } })).map((q) => {
    const dueAt = new Date(q.createdAt.getTime() + ANSWER_WITHIN_MS);
    return { communityId: q.communityId, row: { kind: 'question' as const, id: q.id, disclosureId: q.disclosureId, title: null, public: true, createdAt: q.createdAt.toISOString(), dueAt: dueAt.toISOString(), repliedAt: q.repliedAt?.toISOString() ?? null, state: answerState(dueAt, q.repliedAt, now), satisfied: null } };
  });
  const letters = (await db.find(Letter, { where: { communityId: In(communityIds), status: 'submitted' }, order: { id: 'DESC' } })).map((l) => ({
    communityId: l.communityId,
    // A private letter is counted and listed, but what it says stays with its writer and the admins.
    row: { kind: 'letter' as const, id: l.id, disclosureId: null, title: l.public ? maskPersonalData(l.title) : null, public: l.public, createdAt: l.createdAt.toISOString(), dueAt: l.dueAt.toISOString(), repliedAt: l.repliedAt?.toISOString() ?? null, state: answerState(l.dueAt, l.repliedAt, now), satisfied: l.satisfied },
  }));
  return { questions, letters };
}

type AnswerRow = Awaited<ReturnType<typeof answerRows>>['letters'][number]['row'] | Awaited<ReturnType<typeof answerRows>>['questions'][number]['row'];
const STATES = ANSWER_STATES;
const countBy = <T extends string>(keys: readonly T[], values: T[]) => Object.fromEntries(keys.map((k) => [k, values.filter((v) => v === k).length])) as Record<T, number>;
const rate = (n: number, d: number) => (d ? Math.round((n / d) * 10000) / 10000 : null);

/** The record of each community named: the figures, with what a figure's drill-down lists. */
async function records(db: EntityManager, communityIds: number[], now: Date) {
  const [cells, answers, majors] = [await disclosureCells(db, communityIds, now), await answerRows(db, communityIds, now), communityIds.length ? await majorRows(db, communityIds, now) : []];
  return new Map(
    communityIds.map((id) => {
      const mine = cells.filter((c) => c.communityId === id);
      const questions = answers.questions.filter((q) => q.communityId === id).map((q) => q.row);
      const letters = answers.letters.filter((l) => l.communityId === id).map((l) => l.row);
      const major = majors.filter((x) => x.communityId === id).map((x) => x.row);
      const days = major.flatMap((x) => (x.daysToPublish === null ? [] : [x.daysToPublish]));
      const disclosures = countBy(['on_time', 'late', 'missing', 'not_due'] as const, mine.map((c) => c.status));
      const rated = letters.filter((l) => l.satisfied !== null);
      const satisfied = rated.filter((l) => l.satisfied).length;
      const answered = (rows: AnswerRow[]) => countBy(STATES, rows.map((r) => r.state));
      const q = answered(questions);
      const l = answered(letters);
      const due = (c: Record<AnswerState, number>) => c.on_time + c.late + c.overdue;
      return [id, {
        cells: mine, questionRows: questions, letterRows: letters, majorRows: major,
        figures: {
          disclosures, questions: q, letters: l, satisfaction: { satisfied, unsatisfied: rated.length - satisfied, rate: rate(satisfied, rated.length) },
          major: {
            count: major.length, dated: days.length,
            averageDays: days.length ? Math.round((days.reduce((a, b) => a + b, 0) / days.length) * 10) / 10 : null,
            slowestDays: days.length ? Math.max(...days) : null,
          },
          record: {
            disclosureOnTimeRate: rate(disclosures.on_time, disclosures.on_time + disclosures.late + disclosures.missing),
            answeredOnTimeRate: rate(q.on_time + l.on_time, due(q) + due(l)),
            overdue: q.overdue + l.overdue,
          },
        },
      }] as const;
    }),
  );
}

const rowsLink = (communityId: number, figure: string) => `/api/communities/${communityId}/transparency/rows?figure=${figure}`;

/** `GET /api/communities/:id/transparency`: the 公开档案 card; every figure names the list of its rows. */
export async function communityTransparency(db: EntityManager, communityId: number, now: Date) {
  const community = await getCommunity(db, communityId);
  const r = (await records(db, [communityId], now)).get(communityId)!;
  const cell = (c: Cell) => ({
    category: c.category, subCategory: c.subCategory, subCategoryLabel: c.subCategoryLabel, status: c.status, dueAt: c.dueAt, publishedAt: c.publishedAt,
    rows: `/api/communities/${communityId}/disclosures?category=${c.category}&subCategory=${c.subCategory}&period=${c.period}`,
  });
  const byPeriod = (kind: Cell['kind']) =>
    [...new Set(r.cells.filter((c) => c.kind === kind).map((c) => c.period))].map((period) => ({
      period, categories: CATEGORIES.flatMap((category) => r.cells.filter((c) => c.kind === kind && c.period === period && c.category === category).map(cell)),
    }));
  const linked = <K extends string>(prefix: string, counts: Record<K, number>) =>
    Object.fromEntries(Object.entries(counts).map(([k, n]) => [k, { count: n as number, rows: rowsLink(communityId, `${prefix}.${k}`) }])) as Record<K, { count: number; rows: string }>;
  return {
    communityId, communityName: community.name, streetId: community.streetId, streetName: community.streetName, asOf: now.toISOString(),
    disclosures: { months: byPeriod('month'), quarters: byPeriod('quarter'), counts: linked('disclosures', r.figures.disclosures) },
    questions: linked('questions', r.figures.questions),
    letters: linked('letters', r.figures.letters),
    satisfaction: { ...r.figures.satisfaction, rows: rowsLink(communityId, 'letters.rated') },
    major: { ...r.figures.major, rows: rowsLink(communityId, 'major') },
    record: r.figures.record,
    chainHead: await chainHead(db, communityId),
  };
}

/** The rows behind one figure of the card, so each figure can be checked against what it counts. */
export async function figureRows(db: EntityManager, communityId: number, q: RowsInput, now: Date) {
  await getCommunity(db, communityId);
  const r = (await records(db, [communityId], now)).get(communityId)!;
  const [area, state] = q.figure.split('.') as [string, string];
  const rows: z.infer<typeof FigureRow>[] =
    area === 'disclosures'
      ? r.cells.filter((c) => c.status === state).map((c) => ({
        kind: 'disclosure_period' as const, period: c.period, category: c.category, subCategory: c.subCategory, subCategoryLabel: c.subCategoryLabel, status: c.status, dueAt: c.dueAt, publishedAt: c.publishedAt,
      }))
      : area === 'major' ? r.majorRows
      : area === 'questions' ? r.questionRows.filter((x) => x.state === state)
        : state === 'rated' ? r.letterRows.filter((x) => x.satisfied !== null) : r.letterRows.filter((x) => x.state === state);
  return { figure: q.figure as Figure, ...page(rows.slice((q.page - 1) * q.pageSize, q.page * q.pageSize), rows.length, q) };
}

/**
 * The same record rolled up for a street (its communities) or the district (every community),
 * ranked: disclosures on time first, then fewest overdue answers, then answers on time.
 */
export async function rolledUpTransparency(db: EntityManager, streetId: number | undefined, now: Date) {
  if (streetId && !(await db.existsBy(Street, { id: streetId }))) throw new NotFound('街道');
  const communities = (await listCommunities(db, { streetId, page: 1, pageSize: 1_000_000 })).items;
  const all = await records(db, communities.map((c) => c.id), now);
  const rows = communities.map((c) => ({ communityId: c.id, communityName: c.name, streetId: c.streetId, streetName: c.streetName, ...all.get(c.id)!.figures, card: `/api/communities/${c.id}/transparency` }));
  const desc = (a: number | null, b: number | null) => (b ?? -1) - (a ?? -1);
  rows.sort((a, b) => desc(a.record.disclosureOnTimeRate, b.record.disclosureOnTimeRate) || a.record.overdue - b.record.overdue || desc(a.record.answeredOnTimeRate, b.record.answeredOnTimeRate) || a.communityId - b.communityId);
  return { streetId: streetId ?? null, asOf: now.toISOString(), items: rows.map((r, i) => ({ rank: i + 1, ...r })) };
}
