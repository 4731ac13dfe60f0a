import { In, IsNull, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { Deps } from '../../deps';
import { getOrThrow, NotFound } from '../../errors';
import { page } from '../../core/paging';
import type { Actor } from '../../core/actor';
import { allows } from '../../core/policy';
import { getCommunity, withinScope } from '../orgs';
import { CATEGORIES, periodsOfQuarter } from './catalogue';
import { Disclosure } from './entities';
import { disclosurePolicy } from './policy';
import { presentDisclosureSummary } from './present';
import type { AdminDisclosuresInput, CommunityDisclosuresInput } from './schemas';
import { presentWithFiles } from './service';
import { countView } from './views';
import { detailCache, type Presented } from './detail-cache';

/** One disclosure. Published ones are public (and the read is counted, in memory); drafts are for admins in scope. */
export async function getDisclosure(deps: Deps, actor: Actor | undefined, id: number): Promise<Presented> {
  const cached = detailCache(deps).get(id);
  if (cached) {
    countView(deps.db, id);
    cached.viewsSince += 1;
    return { ...cached.shown, viewCount: cached.shown.viewCount + cached.viewsSince };
  }
  const m = deps.db.manager;
  const d = getOrThrow(await m.findOneBy(Disclosure, { id }), '公开');
  if (d.status === 'draft') {
    if (!(await allows(disclosurePolicy.readDraft, m, actor, d))) throw new NotFound('公开');
    return presentWithFiles(m, d);
  }
  const shown = await presentWithFiles(m, d, d.viewCount + countView(deps.db, id));
  detailCache(deps).set(id, { shown, viewsSince: 0 });
  return shown;
}

/** What a published disclosure's answer shows, without its view count: its content, status and correction (a draft has none: it changes). */
export const disclosureTag = (d: Presented) => (d.status === 'draft' ? undefined : `${d.contentHash}-${d.status}-${d.supersededById ?? 0}`);

function filterPeriod(qb: SelectQueryBuilder<Disclosure>, period: string) {
  if (/^\d{4}$/.test(period)) qb.andWhere('d.period LIKE :year', { year: `${period}-%` });
  else if (period.includes('Q')) qb.andWhere('d.period IN (:...periods)', { periods: periodsOfQuarter(period) });
  else qb.andWhere('d.period = :period', { period });
}

/** What a resident sees: the current version of each published disclosure, newest first (corrected ones via their history). */
export async function listCommunityDisclosures(db: EntityManager, communityId: number, q: CommunityDisclosuresInput) {
  await getCommunity(db, communityId);
  const qb = db
    .createQueryBuilder(Disclosure, 'd')
    .where('d.communityId = :communityId AND d.status = :published AND d.supersededById IS NULL', { communityId, published: 'published' })
    .orderBy('d.publishedAt', 'DESC')
    .addOrderBy('d.id', 'DESC')
    .skip((q.page - 1) * q.pageSize)
    .take(q.pageSize);
  if (q.category) qb.andWhere('d.category = :category', { category: q.category });
  if (q.subCategory) qb.andWhere('d.subCategory = :subCategory', { subCategory: q.subCategory });
  if (q.period) filterPeriod(qb, q.period);
  const [rows, total] = await qb.getManyAndCount();
  return page(rows.map((d) => presentDisclosureSummary(d)), total, q);
}

/** The community home: how many current disclosures per category, and the latest few current ones (no superseded versions). */
export async function communitySummary(db: EntityManager, communityId: number) {
  const community = await getCommunity(db, communityId);
  const counts = await db
    .createQueryBuilder(Disclosure, 'd')
    .select('d.category', 'category')
    .addSelect('COUNT(*)', 'count')
    .where('d.communityId = :communityId AND d.status = :published AND d.supersededById IS NULL', { communityId, published: 'published' })
    .groupBy('d.category')
    .getRawMany<{ category: string; count: string | number }>();
  const latest = await db.find(Disclosure, {
    where: { communityId, status: 'published', supersededById: IsNull() },
    order: { publishedAt: 'DESC', id: 'DESC' },
    take: 3,
  });
  return {
    community,
    categories: CATEGORIES.map((category) => ({ category, count: Number(counts.find((c) => c.category === category)?.count ?? 0) })),
    latest: latest.map((d) => presentDisclosureSummary(d)),
  };
}

/** Every version of a disclosure, oldest first, each with its reason: a correction never hides what it corrected. */
export async function revisionHistory(deps: Deps, actor: Actor | undefined, id: number) {
  const m = deps.db.manager;
  const d = getOrThrow(await m.findOneBy(Disclosure, { id }), '公开');
  const original = d.originalId ?? d.id;
  const versions = await m.find(Disclosure, { where: [{ id: original }, { originalId: original }], order: { revision: 'ASC' } });
  const showDrafts = await allows(disclosurePolicy.readDraft, m, actor, d);
  if (d.status === 'draft' && !showDrafts) throw new NotFound('公开');
  return {
    items: versions
      .filter((v) => v.status === 'published' || showDrafts)
      .map((v) => ({ ...presentDisclosureSummary(v), revisionReason: v.revisionReason, contentHash: v.contentHash })),
  };
}

/** An admin's own desk: drafts and publications of the communities in their scope. */
export async function listAdminDisclosures(db: EntityManager, actor: Actor, q: AdminDisclosuresInput) {
  await disclosurePolicy.listDesk(db, actor);
  const qb = db
    .createQueryBuilder(Disclosure, 'd')
    .innerJoin('organizations', 'o', 'o.id = d.organizationId')
    .orderBy('d.updatedAt', 'DESC')
    .addOrderBy('d.id', 'DESC')
    .skip((q.page - 1) * q.pageSize)
    .take(q.pageSize);
  withinScope(qb, actor, 'o.path');
  if (q.status) qb.andWhere('d.status = :status', { status: q.status });
  if (q.communityId) qb.andWhere('d.communityId = :communityId', { communityId: q.communityId });
  if (q.category) qb.andWhere('d.category = :category', { category: q.category });
  const [rows, total] = await qb.getManyAndCount();
  return page(rows.map((d) => presentDisclosureSummary(d)), total, q);
}

/** For the chain check: the disclosures with these ids. */
export const disclosuresByIds = (db: EntityManager, ids: number[]) => (ids.length ? db.findBy(Disclosure, { id: In(ids) }) : Promise.resolve([]));
