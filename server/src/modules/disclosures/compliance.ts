import type { EntityManager } from 'typeorm';
import { listCommunities } from '../orgs/service';
import { CATEGORIES, dueAt, periodsOfQuarter, quarterOf, type Category } from './catalogue';
import { Disclosure } from './entities';
import type { ComplianceInput } from './schemas';

export type ComplianceStatus = 'on_time' | 'late' | 'missing';

/** The month before `now` in Asia/Shanghai: the latest month whose finance disclosure may be due. */
export function previousMonth(now: Date): string {
  const shanghai = new Date(now.getTime() + 8 * 3600 * 1000);
  const d = new Date(Date.UTC(shanghai.getUTCFullYear(), shanghai.getUTCMonth() - 1, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/**
 * Per community and category, for the month `period`: finance is checked for that month, party and
 * affairs for the quarter it falls in. A category is on time when its first publication for the
 * period (corrections do not count) came by the due date, late when after, missing when none yet;
 * `dueAt` tells whether a missing one is already overdue.
 */
export async function disclosureCompliance(db: EntityManager, q: ComplianceInput, now = new Date()) {
  const month = q.period ?? previousMonth(now);
  const quarter = quarterOf(month);
  const periodOf = (c: Category) => (c === 'finance' ? month : quarter);
  const communities = await listCommunities(db, { streetId: q.streetId, page: q.page, pageSize: q.pageSize });
  const ids = communities.items.map((c) => c.id);
  const firsts = ids.length
    ? await db
        .createQueryBuilder(Disclosure, 'd')
        .select(['d.communityId AS communityId', 'd.category AS category', 'MIN(d.publishedAt) AS firstPublishedAt'])
        .where('d.communityId IN (:...ids) AND d.status = :published AND d.originalId IS NULL', { ids, published: 'published' })
        .andWhere("((d.category = 'finance' AND d.period = :month) OR (d.category IN ('party', 'affairs') AND d.period IN (:...quarterPeriods)))", {
          month,
          quarterPeriods: periodsOfQuarter(quarter),
        })
        .groupBy('d.communityId')
        .addGroupBy('d.category')
        .getRawMany<{ communityId: number | string; category: Category; firstPublishedAt: string | Date }>()
    : [];
  const first = new Map(firsts.map((r) => [`${Number(r.communityId)}:${r.category}`, asDate(r.firstPublishedAt)]));
  const items = communities.items.map((c) => {
    const categories = CATEGORIES.map((category) => {
      const due = dueAt(category, periodOf(category));
      const publishedAt = first.get(`${c.id}:${category}`) ?? null;
      const status: ComplianceStatus = !publishedAt ? 'missing' : publishedAt <= due ? 'on_time' : 'late';
      return { category, period: periodOf(category), dueAt: due.toISOString(), status, publishedAt: publishedAt?.toISOString() ?? null };
    });
    return { communityId: c.id, communityName: c.name, streetId: c.streetId, streetName: c.streetName, categories };
  });
  return { ...communities, period: month, items };
}

/** Raw MIN() over a datetime comes back as a Date (MySQL) or a UTC `YYYY-MM-DD HH:MM:SS.SSS` string (SQLite). */
const asDate = (v: string | Date) => (v instanceof Date ? v : new Date(`${v.replace(' ', 'T')}Z`));
