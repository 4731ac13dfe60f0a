import type { EntityManager } from 'typeorm';
import type { Deps } from '../../deps';
import { endOfDayInMonthAfter, monthOf, quarterAt, shiftPeriod } from '../../core/time';
import { inTransaction } from '../../db/transaction';
import { User } from '../auth';
import { listCommunities } from '../orgs';
import { contentHash, GENESIS_HASH, linkHash } from './canonical';
import { latestDuePeriod } from './catalogue';
import { DEMO_COMMUNITIES, DEMO_QUESTIONS, financeItems, OVERDUE_QUESTION, QUARTERLY } from './demo-data';
import { ChainEntry, Disclosure, DisclosureQuestion } from './entities';
import { hashedContentOf } from './present';

const DAY = 24 * 3600 * 1000;
/** 10:00 in Shanghai on a day of the month after a period (a month or a quarter) ends. */
const inMonthAfter = (period: string, day: number) => new Date(endOfDayInMonthAfter(period, day - 1).getTime() + 10 * 3600_000);
const yearAndMonth = (month: string) => month.split('-').map(Number);

type Row = Omit<Partial<Disclosure>, 'publishedAt'> & { publishedAt: Date };

/**
 * A year of 三务公开 for a few demo communities, up to the service's clock: monthly finance (one
 * published late; one community has not published the latest month already due), quarterly party and affairs items, a correction with its reason, answered questions
 * and one overdue, and a draft waiting to be published. Hashes and chains are computed exactly as
 * publishing computes them, with bulk inserts so the first start stays fast.
 */
export async function seedDisclosures(deps: Deps): Promise<void> {
  const m = deps.db.manager;
  const names = new Map<string, { id: number; organizationId: number }>();
  for (const name of DEMO_COMMUNITIES) {
    const found = (await listCommunities(m, { q: name, page: 1, pageSize: 5 })).items.find((c) => c.name === name);
    if (found) names.set(name, found);
  }
  const first = names.get(DEMO_COMMUNITIES[0]);
  if (!first || (await m.existsBy(Disclosure, { communityId: first.id }))) return;
  const author = await m.findOneByOrFail(User, { openid: 'o_demo_community_admin' });
  const asker = await m.findOneByOrFail(User, { openid: 'o_demo_member' });
  const now = deps.clock.now();
  await inTransaction(deps.db, async (tx) => {
    let n = 0;
    for (const c of names.values()) await seedCommunity(tx, c, n++, { now, authorId: author.id, askerId: asker.id });
  });
}

async function seedCommunity(m: EntityManager, c: { id: number; organizationId: number }, n: number, o: { now: Date; authorId: number; askerId: number }) {
  const base = { communityId: c.id, organizationId: c.organizationId, authorId: o.authorId, publishedById: o.authorId, attachmentIds: [], status: 'published' as const, revision: 1 };
  const rows: Row[] = [];
  const thisMonth = monthOf(o.now);
  const latestDue = latestDuePeriod('finance', o.now);
  for (let back = 12; back >= 1; back--) {
    const period = shiftPeriod(thisMonth, -back);
    const [py, pm] = yearAndMonth(period);
    const publishedAt = inMonthAfter(period, n === 2 && back === 5 ? 25 : 8 + n); // 后田 publishes one month late
    if ((n === 3 && period === latestDue) || publishedAt > o.now) continue; // 小北曲 has not published the latest month due
    rows.push({ ...base, category: 'finance', subCategory: 'income_expense', period, title: `${py}年${pm}月财务收支公开`, body: '本月集体收支明细如下，原始凭证存社区财务室备查，居民可按规定查阅。', items: financeItems(n * 31 + back), publishedAt });
  }
  for (let back = 4; back >= 1; back--) {
    const period = shiftPeriod(quarterAt(o.now), -back);
    const [qy, q] = period.split('-Q').map(Number);
    const label = `${qy}年第${'一二三四'[q - 1]}季度`;
    QUARTERLY.forEach((t, i) => {
      const publishedAt = inMonthAfter(period, 10 + i + n);
      if (publishedAt <= o.now) rows.push({ ...base, category: t.category, subCategory: t.subCategory, period, title: t.title(label), body: t.body, items: [], publishedAt });
    });
  }
  rows.sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime());
  const originals = await insertReturning(m, c.id, rows);
  // A correction, three days after the latest finance disclosure, with its reason on record.
  const corrected = [...originals].reverse().find((d) => d.category === 'finance')!;
  const fixedItems = corrected.items.map((i) => (i.direction === 'expense' ? { ...i, amountFen: i.amountFen - 5000 } : i));
  const [revision] = await insertReturning(m, c.id, [{
    ...base, category: 'finance', subCategory: corrected.subCategory, period: corrected.period, title: corrected.title, body: corrected.body, items: fixedItems,
    revision: 2, originalId: corrected.id, supersedesId: corrected.id, revisionReason: '支出明细中各项金额多录入50元，经财务核对后更正',
    publishedAt: new Date(corrected.publishedAt!.getTime() + Math.min(3 * DAY, (o.now.getTime() - corrected.publishedAt!.getTime()) / 2)),
  }]);
  await m.update(Disclosure, { id: corrected.id }, { supersededById: revision.id });
  await appendChain(m, c.id, [...originals, revision].sort((a, b) => a.publishedAt!.getTime() - b.publishedAt!.getTime()));
  await seedQuestions(m, revision, n, o);
  if (n === 0) {
    const [y, mo] = yearAndMonth(thisMonth);
    await m.insert(Disclosure, { ...base, status: 'draft', publishedById: null, category: 'finance', subCategory: 'income_expense', period: thisMonth, title: `${y}年${mo}月财务收支公开（草稿）`, body: '本月集体收支明细如下。', items: financeItems(99) });
  }
}

/** Bulk-inserts published rows, then sets each row's contentHash (which covers its id). */
async function insertReturning(m: EntityManager, communityId: number, rows: Row[]): Promise<Disclosure[]> {
  const before = (await m.findOne(Disclosure, { where: { communityId }, order: { id: 'DESC' }, select: { id: true } }))?.id ?? 0;
  for (let i = 0; i < rows.length; i += 100) await m.insert(Disclosure, rows.slice(i, i + 100));
  const saved = await m.createQueryBuilder(Disclosure, 'd').where('d.communityId = :communityId AND d.id > :before', { communityId, before }).orderBy('d.id').getMany();
  for (const d of saved) {
    d.contentHash = contentHash(hashedContentOf(d, []));
    await m.update(Disclosure, { id: d.id }, { contentHash: d.contentHash });
  }
  return saved;
}

async function appendChain(m: EntityManager, communityId: number, published: Disclosure[]) {
  let prevHash = GENESIS_HASH;
  const entries = published.map((d, i) => {
    const link = { communityId, seq: i + 1, disclosureId: d.id, contentHash: d.contentHash!, prevHash, publishedAt: d.publishedAt!.toISOString() };
    prevHash = linkHash(link);
    return { ...link, publishedAt: d.publishedAt!, hash: prevHash };
  });
  for (let i = 0; i < entries.length; i += 100) await m.insert(ChainEntry, entries.slice(i, i + 100));
}

async function seedQuestions(m: EntityManager, d: Disclosure, n: number, o: { now: Date; askerId: number; authorId: number }) {
  const common = { disclosureId: d.id, communityId: d.communityId, organizationId: d.organizationId, userId: o.askerId, status: 'visible' as const };
  const asked = d.publishedAt!.getTime() + 3600_000;
  const rows: Partial<DisclosureQuestion>[] = DEMO_QUESTIONS.map((q, i) => ({
    ...common, content: q.content, reply: q.reply, repliedById: o.authorId, createdAt: new Date(asked + i * 60_000), repliedAt: new Date(Math.min(asked + 2 * DAY, o.now.getTime() - 60_000)),
  }));
  // One question in the first community has waited past the 10-day limit: shown as overdue everywhere.
  if (n === 0) rows.push({ ...common, content: OVERDUE_QUESTION, createdAt: new Date(o.now.getTime() - 14 * DAY) });
  await m.insert(DisclosureQuestion, rows);
}
