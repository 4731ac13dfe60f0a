import { In, type EntityManager } from 'typeorm';
import type { Deps } from '../../deps';
import { yearOf } from '../../core/time';
import { Conflict, Invalid, fromDatabaseError, getOrThrow } from '../../errors';
import { page, type PagingInput } from '../../core/paging';
import { inTransaction } from '../../db/transaction';
import type { Actor } from '../../core/actor';
import { recordAudit } from '../audit';
import { assertFilesExist, fileUrls } from '../files';
import { communityRef, communityRefs } from './communities';
import { Partnership, PartnershipListItem, PartnershipMembership, PartnershipProject } from './entities';
import { pairedCommunitiesQuery, pairsQuery, type PairFilter } from './filters';
import { commonPath } from './path';
import { partnershipPolicy } from './policy';
import { presentCommunity, presentLists, presentPairHead, presentProject } from './present';

export interface NewPartnership {
  communityAId: number;
  communityBId: number;
  signedAt: Date;
  agreementTitle: string;
  agreementFileId?: number | null;
}

/**
 * Pairs two communities. The pair and its two membership rows are written in one transaction; the
 * unique (communityId, year) index of the memberships is what refuses a second pair in the year.
 */
export async function createPartnership(deps: Deps, actor: Actor, input: NewPartnership) {
  const id = await retryOnDeadlock(() =>
    inTransaction(deps.db, async (m) => {
      const a = await communityRef(m, input.communityAId);
      const b = await communityRef(m, input.communityBId);
      const path = commonPath(await partnershipPolicy.pair(m, actor, a), await partnershipPolicy.pair(m, actor, b));
      await assertFilesExist(m, [input.agreementFileId], 'agreementFileId');
      // The calendar year in Asia/Shanghai is the year a pair belongs to.
      const year = yearOf(input.signedAt);
      const pair = await m.save(m.create(Partnership, { ...input, agreementFileId: input.agreementFileId ?? null, year }));
      // Ascending community order: two transactions pairing overlapping communities lock the keys in the same order.
      const rows = [a.id, b.id].sort((x, y) => x - y).map((communityId) => ({ partnershipId: pair.id, communityId, year }));
      try {
        await m.insert(PartnershipMembership, rows);
      } catch (err) {
        if (fromDatabaseError(err)?.code !== 'DUPLICATE') throw err;
        throw new Conflict('ALREADY_PAIRED', `社区在${year}年已有联建共建对子`, { year });
      }
      await recordAudit(m, actor, { action: 'partnership.create', entityType: 'partnership', entityId: pair.id, organizationPath: path, after: presentPairHead(pair, new Map([[a.id, a], [b.id, b]]), await fileUrls(m, pair.agreementFileId ? [pair.agreementFileId] : [])) });
      return pair.id;
    }),
  );
  return getPartnership(deps.db.manager, id);
}

/**
 * InnoDB may end a wait on a unique key with a deadlock when the holder rolls back; the victim's
 * transaction is run again and then meets the committed row (409) or succeeds.
 */
async function retryOnDeadlock<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await work();
    } catch (err) {
      const code = (err as { driverError?: { code?: string } }).driverError?.code;
      if (code !== 'ER_LOCK_DEADLOCK' || i >= attempts) throw err;
    }
  }
}

export async function getPartnership(db: EntityManager, id: number) {
  const pair = getOrThrow(await db.findOneBy(Partnership, { id }), '联建共建对子');
  return (await presentPairs(db, [pair]))[0];
}

export async function listPartnerships(db: EntityManager, q: PagingInput & PairFilter) {
  const [pairs, total] = await pairsQuery(db, q).orderBy('p.id').skip((q.page - 1) * q.pageSize).take(q.pageSize).getManyAndCount();
  return page(await presentPairs(db, pairs), total, q);
}

/** Pairs with both communities, their three lists and their projects, in a fixed number of queries. */
async function presentPairs(db: EntityManager, pairs: Partnership[]) {
  const ids = pairs.map((p) => p.id);
  const [items, projects] = ids.length
    ? await Promise.all([
        db.find(PartnershipListItem, { where: { partnershipId: In(ids) }, order: { id: 'ASC' } }),
        db.find(PartnershipProject, { where: { partnershipId: In(ids) }, order: { id: 'ASC' } }),
      ])
    : [[], []];
  const communities = await communityRefs(db, pairs.flatMap((p) => [p.communityAId, p.communityBId]));
  const urls = await fileUrls(db, pairs.flatMap((p) => (p.agreementFileId ? [p.agreementFileId] : [])));
  return pairs.map((p) => ({
    ...presentPairHead(p, communities, urls),
    lists: presentLists(items.filter((i) => i.partnershipId === p.id)),
    projects: projects.filter((pr) => pr.partnershipId === p.id).map((pr) => presentProject(pr, communities)),
  }));
}

/** The rows behind "communities paired": each community once, with the pairs it is in. */
export async function listPairedCommunities(db: EntityManager, q: PagingInput & PairFilter) {
  const [rows, total] = await pairedCommunitiesQuery(db, q).orderBy('c.id').skip((q.page - 1) * q.pageSize).take(q.pageSize).getManyAndCount();
  const communities = await communityRefs(db, rows.map((c) => c.id));
  const memberships = rows.length ? await db.find(PartnershipMembership, { where: { communityId: In(rows.map((c) => c.id)), ...(q.year ? { year: q.year } : {}) }, order: { year: 'ASC' } }) : [];
  return page(
    rows.map((c) => ({ ...presentCommunity(communities.get(c.id)!), partnerships: memberships.filter((m) => m.communityId === c.id).map((m) => ({ id: m.partnershipId, year: m.year })) })),
    total,
    q,
  );
}

export function assertInPair(pair: Partnership, communityId: number) {
  if (communityId !== pair.communityAId && communityId !== pair.communityBId)
    throw new Invalid('该社区不属于这个联建共建对子', [{ in: 'body', field: 'communityId', message: 'not a community of this partnership' }], 'NOT_IN_PARTNERSHIP');
}
