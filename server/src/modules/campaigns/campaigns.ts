import { In, LessThanOrEqual, MoreThan, type EntityManager, type FindOptionsWhere } from 'typeorm';
import type { Deps } from '../../deps';
import { inTransaction } from '../../db/transaction';
import { Conflict, Invalid, fromDatabaseError, getOrThrow } from '../../errors';
import { page, type PagingInput } from '../../core/paging';
import type { Actor } from '../../core/actor';
import { recordAudit } from '../audit';
import { Organization, withinScope } from '../orgs';
import { Alliance, Campaign, CampaignEntry, Claim, Merchant, type ReviewStatus } from './entities';
import type { Decision } from './merchants';
import { campaignPolicy } from './policy';
import { byId } from './rows';
import { presentCampaign, presentEntry, type CampaignPhase } from './present';

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
    const campaign = await db.save(db.create(Campaign, { ...input, posterFileId: input.posterFileId ?? null, createdById: actor.id }));
    await recordAudit(db, actor, { action: 'campaign.create', entityType: 'campaign', entityId: campaign.id, organizationPath: orgPath, after: presentCampaign(campaign) });
    return presentCampaign(campaign);
  });
}

const phaseWhere = (phase: CampaignPhase | undefined, now: Date): FindOptionsWhere<Campaign> => {
  if (phase === 'upcoming') return { startAt: MoreThan(now) };
  if (phase === 'running') return { startAt: LessThanOrEqual(now), endAt: MoreThan(now) };
  if (phase === 'ended') return { endAt: LessThanOrEqual(now) };
  return {};
};

export async function listCampaigns(db: EntityManager, q: PagingInput & { allianceId?: number; phase?: CampaignPhase }, now = new Date()) {
  const [rows, total] = await db.findAndCount(Campaign, {
    where: { ...phaseWhere(q.phase, now), ...(q.allianceId ? { allianceId: q.allianceId } : {}) },
    order: { startAt: 'DESC', id: 'DESC' },
    skip: (q.page - 1) * q.pageSize,
    take: q.pageSize,
  });
  return page(rows.map((c) => presentCampaign(c, now)), total, q);
}

/** One campaign with its approved offers; a logged-in caller also learns which offers they already claimed. */
export async function getCampaign(db: EntityManager, actor: Actor | undefined, id: number) {
  const campaign = getOrThrow(await db.findOneBy(Campaign, { id }), '活动');
  const entries = await db.find(CampaignEntry, { where: { campaignId: id, status: 'approved' }, order: { id: 'ASC' } });
  const merchants = await byId(db, Merchant, entries.map((e) => e.merchantId));
  const mine = actor && entries.length ? await db.find(Claim, { where: { userId: actor.id, entryId: In(entries.map((e) => e.id)) }, select: { entryId: true } }) : [];
  const claimed = new Set(mine.map((c) => c.entryId));
  return {
    ...presentCampaign(campaign),
    entries: entries.map((e) => ({ ...presentEntry(e, merchants.get(e.merchantId)), claimedByMe: claimed.has(e.id) })),
  };
}

/** An approved merchant of the campaign's alliance enrols with one offer, until the enrolment deadline. */
export async function joinCampaign(deps: Deps, actor: Actor, campaignId: number, input: { offerTitle: string; offerDetail: string; quota: number }, now = new Date()) {
  const db = deps.db.manager;
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
  return inTransaction(deps.db, async (db) => {
    const before = getOrThrow(await db.findOneBy(CampaignEntry, { id: entryId, campaignId }), '报名');
    const campaign = await db.findOneByOrFail(Campaign, { id: campaignId });
    const orgPath = await campaignPolicy.reviewEntry(db, actor, campaign.allianceId);
    const result = await db.update(
      CampaignEntry,
      { id: entryId, status: 'pending' },
      { status: decision.approve ? 'approved' : 'rejected', reviewerId: actor.id, reviewedAt: new Date(), rejectReason: decision.approve ? null : decision.reason },
    );
    if (!result.affected) throw new Conflict('ALREADY_REVIEWED', '该报名已审核');
    const after = await db.findOneByOrFail(CampaignEntry, { id: entryId });
    const merchant = await db.findOneByOrFail(Merchant, { id: after.merchantId });
    await recordAudit(db, actor, {
      action: `campaign_entry.${decision.approve ? 'approve' : 'reject'}`,
      entityType: 'campaign_entry',
      entityId: entryId,
      organizationPath: orgPath,
      before: presentEntry(before, merchant),
      after: presentEntry(after, merchant),
    });
    return presentEntry(after, merchant);
  });
}

/** Entries of campaigns in the admin's scope, e.g. the pending ones to review. */
export async function listEntriesForReview(db: EntityManager, actor: Actor, q: PagingInput & { status?: ReviewStatus; campaignId?: number }) {
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
  return page(await withCampaigns(db, rows), total, q);
}

/** The caller's own entries across campaigns, whatever their review status. */
export async function myEntries(db: EntityManager, actor: Actor, q: PagingInput) {
  const [rows, total] = await db
    .createQueryBuilder(CampaignEntry, 'e')
    .innerJoin(Merchant, 'm', 'm.id = e.merchantId')
    .where('m.userId = :userId', { userId: actor.id })
    .orderBy('e.id', 'DESC')
    .skip((q.page - 1) * q.pageSize)
    .take(q.pageSize)
    .getManyAndCount();
  return page(await withCampaigns(db, rows), total, q);
}

async function withCampaigns(db: EntityManager, entries: CampaignEntry[]) {
  const merchants = await byId(db, Merchant, entries.map((e) => e.merchantId));
  const campaigns = await byId(db, Campaign, entries.map((e) => e.campaignId));
  return entries.map((e) => {
    const c = campaigns.get(e.campaignId)!;
    return { ...presentEntry(e, merchants.get(e.merchantId)), campaign: { id: c.id, title: c.title, phase: presentCampaign(c).phase, startAt: c.startAt.toISOString(), endAt: c.endAt.toISOString() } };
  });
}
