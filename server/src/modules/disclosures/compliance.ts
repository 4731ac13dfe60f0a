import { rawDate as asDate } from '../../db/base.entity';
import type { EntityManager } from 'typeorm';
import { page } from '../../core/paging';
import { listCommunities } from '../orgs';
import { quarterOf } from '../../core/time';
import { CATALOGUE, CATEGORIES, dueAt, latestDuePeriod, periodsOfQuarter, type Category } from './catalogue';
import { Disclosure } from './entities';
import { COMPLIANCE_STATUSES, type ComplianceInput } from './schemas';

export type ComplianceStatus = (typeof COMPLIANCE_STATUSES)[number];

type CompliancePeriods = { streetId?: number; communityIds?: number[]; period?: string; quarter?: string };

/**
 * The periods checked: finance for the month, party and affairs for the quarter (by default the
 * month's). Without them, the latest ones already due of each cadence, so a figure never counts as
 * missing what is not due yet.
 */
function periodsOf(q: CompliancePeriods, now: Date) {
  const month = q.period ?? latestDuePeriod('finance', now);
  return { month, quarter: q.quarter ?? (q.period ? quarterOf(q.period) : latestDuePeriod('party', now)) };
}

/**
 * Per community (of a street, or those named) and category: a category is on time when its first publication for the period
 * (corrections do not count) came by the due date, late when after; with none yet, missing once
 * the due date has passed and not_due before. Each sub-category the catalogue requires every
 * period is judged the same way on its own (the 公开档案 counts those). All communities in view: a district has tens,
 * and the status filter and the summary need every one of them.
 */
export async function complianceRows(db: EntityManager, q: CompliancePeriods, now: Date) {
  const { month, quarter } = periodsOf(q, now);
  const periodOf = (c: Category) => (c === 'finance' ? month : quarter);
  const inView = (await listCommunities(db, { streetId: q.streetId, page: 1, pageSize: 1_000_000 })).items;
  const communities = q.communityIds ? inView.filter((c) => q.communityIds!.includes(c.id)) : inView;
  const ids = communities.map((c) => c.id);
  // The first publication of each category, and of each sub-category, in the period checked.
  const firsts = async (bySubCategory: boolean) => {
    if (!ids.length) return new Map<string, Date>();
    const qb = db
      .createQueryBuilder(Disclosure, 'd')
      .select(['d.communityId AS communityId', 'd.category AS category', `${bySubCategory ? 'd.subCategory' : "''"} AS subCategory`, 'MIN(d.publishedAt) AS firstPublishedAt'])
      .where('d.communityId IN (:...ids) AND d.status = :published AND d.originalId IS NULL', { ids, published: 'published' })
      .andWhere("((d.category = 'finance' AND d.period = :month) OR (d.category IN ('party', 'affairs') AND d.period IN (:...quarterPeriods)))", {
        month,
        quarterPeriods: periodsOfQuarter(quarter),
      })
      .groupBy('d.communityId')
      .addGroupBy('d.category');
    if (bySubCategory) qb.andWhere('d.subCategory IS NOT NULL').addGroupBy('d.subCategory');
    const rows = await qb.getRawMany<{ communityId: number | string; category: Category; subCategory: string; firstPublishedAt: string | Date }>();
    return new Map(rows.map((r) => [`${Number(r.communityId)}:${r.category}:${r.subCategory}`, asDate(r.firstPublishedAt)]));
  };
  const [first, firstOfSub] = [await firsts(false), await firsts(true)];
  const judged = (due: Date, publishedAt: Date | null): ComplianceStatus => (publishedAt ? (publishedAt <= due ? 'on_time' : 'late') : due <= now ? 'missing' : 'not_due');
  const items = communities.map((c) => {
    const categories = CATEGORIES.map((category) => {
      const due = dueAt(category, periodOf(category));
      const publishedAt = first.get(`${c.id}:${category}:`) ?? null;
      const subCategories = CATALOGUE[category].required.map((subCategory) => {
        const at = firstOfSub.get(`${c.id}:${category}:${subCategory}`) ?? null;
        return { subCategory, status: judged(due, at), publishedAt: at?.toISOString() ?? null };
      });
      return { category, period: periodOf(category), dueAt: due.toISOString(), status: judged(due, publishedAt), publishedAt: publishedAt?.toISOString() ?? null, subCategories };
    });
    return { communityId: c.id, communityName: c.name, streetId: c.streetId, streetName: c.streetName, categories };
  });
  return { period: month, quarter, items };
}

/**
 * `GET /api/disclosure-compliance`. With `status` (and `category`), only the communities with a
 * category in that status: the rows behind one figure of `complianceSummary`.
 */
export async function disclosureCompliance(db: EntityManager, q: ComplianceInput, now: Date) {
  const { period, quarter, items } = await complianceRows(db, q, now);
  const matching = q.status ? items.filter((i) => i.categories.some((c) => c.status === q.status && (!q.category || c.category === q.category))) : items;
  return { ...page(matching.slice((q.page - 1) * q.pageSize, q.page * q.pageSize), matching.length, q), period, quarter };
}

/** Counts of on_time / late / missing / not_due per category across the communities in view, from the same rows. */
export async function complianceSummary(db: EntityManager, q: CompliancePeriods, now: Date) {
  const { period, quarter, items } = await complianceRows(db, q, now);
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, Object.fromEntries(COMPLIANCE_STATUSES.map((s) => [s, 0]))])) as Record<Category, Record<ComplianceStatus, number>>;
  for (const i of items) for (const c of i.categories) byCategory[c.category][c.status]++;
  return { period, quarter, communities: items.length, byCategory };
}
