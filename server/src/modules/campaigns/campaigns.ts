import { In, LessThanOrEqual, MoreThan, type EntityManager, type FindOptionsWhere } from 'typeorm';
import type { Deps } from '../../deps';
import { reviewOnce, type Decision } from '../../db/review';
import { inTransaction } from '../../db/transaction';
import { Conflict, Invalid, fromDatabaseError, getOrThrow } from '../../errors';
import { page, type PagingInput } from '../../core/paging';
import type { Actor } from '../../core/actor';
import { recordAudit } from '../audit';
import { assertFilesExist, fileUrls } from '../files';
import { Organization, withinScope } from '../orgs';
import { Alliance, Campaign, CampaignEntry, Claim, Merchant, type ReviewStatus } from './entities';
import { campaignPolicy } from './policy';
import { byId } from './rows';
import { campaignPhase, presentCampaign, presentEntry, type CampaignPhase } from './present';

export interface CampaignInput {
  allianceId: number;
  title: string;
  description: string;
  posterFileId?: number | null;
  enrollDeadline: Date;
  startAt: Date;
  endAt: Date;
}

export async function createCampaign(deps: Deps, actor: Actor, input: CampaignInput) {
  if (input.startAt >= input.endAt) throw new Invalid('结束时间须晚于开始时间', [{ in: 'body', field: 'endAt', message: 'must be after startAt' }]);
  if (input.enrollDeadline > input.endAt) throw new Invalid('报名截止须早于活动结束', [{ in: 'body', field: 'enrollDeadline', message: 'must not be after endAt' }]);
  return inTransaction(deps.db, async (db) => {
    const orgPath = await campaignPolicy.createCampaign(db, actor, input.allianceId);
    await assertFilesExist(db, [input.posterFileId], 'posterFileId');
    const campaign = await db.save(db.create(Campaign, { ...input, posterFileId: input.posterFileId ?? null, createdById: actor.id }));
    const after = presentCampaign(campaign, deps.clock.now(), (await posterUrls(db, [campaign])).get(campaign.id) ?? null);
    await recordAudit(db, actor, { action: 'campaign.create', entityType: 'campaign', entityId: campaign.id, organizationPath: orgPath, after });
    return after;
  });
}

const phaseWhere = (phase: CampaignPhase | undefined, now: Date): FindOptionsWhere<Campaign> => {
  if (phase === 'upcoming') return { startAt: MoreThan(now) };
  if (phase === 'running') return { startAt: LessThanOrEqual(now), endAt: MoreThan(now) };
  if (phase === 'ended') return { endAt: LessThanOrEqual(now) };
  return {};
};

export async function listCampaigns(db: EntityManager, q: PagingInput & { allianceId?: number; phase?: CampaignPhase }, now: Date) {
  const [rows, total] = await db.findAndCount(Campaign, {
    where: { ...phaseWhere(q.phase, now), ...(q.allianceId ? { allianceId: q.allianceId } : {}) },
    order: { startAt: 'DESC', id: 'DESC' },
    skip: (q.page - 1) * q.pageSize,
    take: q.pageSize,
  });
  const posters = await posterUrls(db, rows);
  return page(rows.map((c) => presentCampaign(c, now, posters.get(c.id) ?? null)), total, q);
}

/** Each campaign's poster URL, by campaign id. */
async function posterUrls(db: EntityManager, campaigns: Campaign[]): Promise<Map<number, string>> {
  const urls = await fileUrls(db, campaigns.flatMap((c) => (c.posterFileId ? [c.posterFileId] : [])));
  return new Map(campaigns.flatMap((c) => (c.posterFileId && urls.has(c.posterFileId) ? [[c.id, urls.get(c.posterFileId)!] as const] : [])));
}

/** One campaign with its approved offers; a logged-in caller also learns which offers they already claimed. */
export async function getCampaign(db: EntityManager, actor: Actor | undefined, id: number, now: Date) {
  const campaign = getOrThrow(await db.findOneBy(Campaign, { id }), '活动');
  const entries = await db.find(CampaignEntry, { where: { campaignId: id, status: 'approved' }, order: { id: 'ASC' } });
  const merchants = await byId(db, Merchant, entries.map((e) => e.merchantId));
  const mine = actor && entries.length ? await db.find(Claim, { where: { userId: actor.id, entryId: In(entries.map((e) => e.id)) }, select: { entryId: true } }) : [];
  const claimed = new Set(mine.map((c) => c.entryId));
  return {
    ...presentCampaign(campaign, now, (await posterUrls(db, [campaign])).get(campaign.id) ?? null),
    entries: entries.map((e) => ({ ...presentEntry(e, merchants.get(e.merchantId)), claimedByMe: claimed.has(e.id) })),
  };
}

/** An approved merchant of the campaign's alliance enrols with one offer, until the enrolment deadline. */
export async function joinCampaign(deps: Deps, actor: Actor, campaignId: number, input: { offerTitle: string; offerDetail: string; quota: number }) {
  const db = deps.db.manager;
  const now = deps.clock.now();
  const campaign = getOrThrow(await db.findOneBy(Campaign, { id: campaignId }), '活动');
  const merchant = await campaignPolicy.enrol(db, actor, campaign.allianceId);
  if (now > campaign.enrollDeadline) throw new Conflict('ENROLMENT_CLOSED', '报名已截止');
  try {
    const entry = await db.save(db.create(CampaignEntry, { ...input, campaignId, merchantId: merchant.id, claimedCount: 0, status: 'pending' }));
    return presentEntry(entry, merchant);
  } catch (err) {
    if (fromDatabaseError(err)?.code === 'DUPLICATE') throw new Conflict('ALREADY_JOINED', '您已报名该活动');
    throw err;
  }
}

export async function reviewEntry(deps: Deps, actor: Actor, campaignId: number, entryId: number, decision: Decision) {
  const at = deps.clock.now();
  return inTransaction(deps.db, async (db) => {
    const before = getOrThrow(await db.findOneBy(CampaignEntry, { id: entryId, campaignId }), '报名');
    const campaign = await db.findOneByOrFail(Campaign, { id: campaignId });
    const merchant = await db.findOneByOrFail(Merchant, { id: before.merchantId });
    const after = await reviewOnce(db, {
      entity: CampaignEntry, before, decision, reviewerId: actor.id, at,
      alreadyReviewed: '该报名已审核', entityType: 'campaign_entry', organizationPath: await campaignPolicy.reviewEntry(db, actor, campaign.allianceId),
      present: (e) => presentEntry(e, merchant), audit: (entry) => recordAudit(db, actor, entry),
    });
    return presentEntry(after, merchant);
  });
}

/** Entries of campaigns in the admin's scope, e.g. the pending ones to review. */
export async function listEntriesForReview(db: EntityManager, actor: Actor, q: PagingInput & { status?: ReviewStatus; campaignId?: number }, now: Date) {
  await campaignPolicy.listEntriesForReview(db, actor);
  const qb = db
    .createQueryBuilder(CampaignEntry, 'e')
    .innerJoin(Campaign, 'c', 'c.id = e.campaignId')
    .innerJoin(Alliance, 'a', 'a.id = c.allianceId')
    .innerJoin(Organization, 'o', 'o.id = a.organizationId')
    .orderBy('e.id', 'DESC')
    .skip((q.page - 1) * q.pageSize)
    .take(q.pageSize);
  withinScope(qb, actor, 'o.path');
  if (q.status) qb.andWhere('e.status = :status', { status: q.status });
  if (q.campaignId) qb.andWhere('e.campaignId = :campaignId', { campaignId: q.campaignId });
  const [rows, total] = await qb.getManyAndCount();
  return page(await withCampaigns(db, rows, now), total, q);
}

/** The caller's own entries across campaigns, whatever their review status. */
export async function myEntries(db: EntityManager, actor: Actor, q: PagingInput, now: Date) {
  const [rows, total] = await db
    .createQueryBuilder(CampaignEntry, 'e')
    .innerJoin(Merchant, 'm', 'm.id = e.merchantId')
    .where('m.userId = :userId', { userId: actor.id })
    .orderBy('e.id', 'DESC')
    .skip((q.page - 1) * q.pageSize)
    .take(q.pageSize)
    .getManyAndCount();
  return page(await withCampaigns(db, rows, now), total, q);
}

async function withCampaigns(db: EntityManager, entries: CampaignEntry[], now: Date) {
  const merchants = await byId(db, Merchant, entries.map((e) => e.merchantId));
  const campaigns = await byId(db, Campaign, entries.map((e) => e.campaignId));
  return entries.map((e) => {
    const c = campaigns.get(e.campaignId)!;
    return { ...presentEntry(e, merchants.get(e.merchantId)), campaign: { id: c.id, title: c.title, phase: campaignPhase(c, now), startAt: c.startAt.toISOString(), endAt: c.endAt.toISOString() } };
  });
}
