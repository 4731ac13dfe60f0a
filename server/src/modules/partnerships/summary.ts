import type { EntityManager } from 'typeorm';
import { PROJECT_CATEGORIES, PROJECT_STATUSES, type ProjectCategory, type ProjectStatus } from './entities';
import { pairedCommunitiesQuery, pairsQuery, projectsQuery, type PairFilter } from './filters';

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** `GET /api/partnerships/summary`: counted from the rows, with the same queries the drill lists use. */
export async function partnershipSummary(db: EntityManager, f: PairFilter) {
  const [pairs, communities, groups] = await Promise.all([
    pairsQuery(db, f).getCount(),
    pairedCommunitiesQuery(db, f).getCount(),
    projectsQuery(db, f)
      .select('pr.category', 'category')
      .addSelect('pr.status', 'status')
      .addSelect('COUNT(*)', 'n')
      .groupBy('pr.category')
      .addGroupBy('pr.status')
      .getRawMany<{ category: ProjectCategory; status: ProjectStatus; n: string | number }>(),
  ]);
  const byCategory = zeros(PROJECT_CATEGORIES);
  const byStatus = zeros(PROJECT_STATUSES);
  for (const g of groups) {
    byCategory[g.category] += Number(g.n);
    byStatus[g.status] += Number(g.n);
  }
  const total = Object.values(byCategory).reduce((a, b) => a + b, 0);
  return { pairs, communities, projects: { total, byCategory, byStatus } };
}
