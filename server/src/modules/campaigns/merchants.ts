import { In, type EntityManager } from 'typeorm';
import type { Deps } from '../../deps';
import { reviewOnce, type Decision } from '../../db/review';
import { inTransaction } from '../../db/transaction';
import { Conflict, fromDatabaseError, getOrThrow } from '../../errors';
import { page, type PagingInput } from '../../core/paging';
import type { Actor } from '../../core/actor';
import { appointIn, appointmentsOn, type Appointment } from '../appointments';
import { grantRole } from '../auth';
import { recordAudit } from '../audit';
import { Organization, withinScope } from '../orgs';
import { Alliance, Merchant, type ReviewStatus } from './entities';
import { campaignPolicy } from './policy';
import { presentAlliance, presentMerchant } from './present';

/** Creates an alliance led by an organisation in the caller's scope, appointing its first admins there. */
export async function createAlliance(deps: Deps, actor: Actor, input: { organizationId: number; name: string; description: string; adminUserIds: number[] }) {
  return inTransaction(deps.db, async (db) => {
    const { adminUserIds, ...fields } = input;
    const orgPath = await campaignPolicy.createAlliance(db, actor, fields);
    const alliance = await db.save(db.create(Alliance, fields));
    const already = new Set((await appointmentsOn(db, [fields.organizationId])).map((a) => a.userId));
    for (const userId of new Set(adminUserIds)) if (!already.has(userId)) await appointIn(db, actor, { userId, organizationId: fields.organizationId });
    await recordAudit(db, actor, { action: 'alliance.create', entityType: 'alliance', entityId: alliance.id, organizationPath: orgPath, after: presentAlliance(alliance, []) });
    return presentAdminAlliance(db, alliance);
  });
}

/** Renames an alliance, rewrites its description, or hands it to another leading organisation (in the caller's scope). */
export async function updateAlliance(deps: Deps, actor: Actor, id: number, input: { organizationId?: number; name?: string; description?: string }) {
  return inTransaction(deps.db, async (db) => {
    const orgPath = await campaignPolicy.editAlliance(db, actor, id);
    const before = await db.findOneByOrFail(Alliance, { id });
    if (input.organizationId) await campaignPolicy.createAlliance(db, actor, { organizationId: input.organizationId });
    await db.update(Alliance, { id }, input);
    const after = await db.findOneByOrFail(Alliance, { id });
    await recordAudit(db, actor, { action: 'alliance.update', entityType: 'alliance', entityId: id, organizationPath: orgPath, before: presentAlliance(before, []), after: presentAlliance(after, []) });
    return presentAdminAlliance(db, after);
  });
}

/** The alliances whose leading organisation lies in the caller's scope, each with the admins appointed there. */
export async function listAlliancesForAdmin(db: EntityManager, actor: Actor, q: PagingInput) {
  await campaignPolicy.listAlliancesForAdmin(db, actor);
  const qb = db.createQueryBuilder(Alliance, 'a').innerJoin(Organization, 'o', 'o.id = a.organizationId').orderBy('a.id').skip((q.page - 1) * q.pageSize).take(q.pageSize);
  withinScope(qb, actor, 'o.path');
  const [rows, total] = await qb.getManyAndCount();
  const admins = await appointmentsOn(db, [...new Set(rows.map((a) => a.organizationId))]);
  return page(rows.map((a) => withAdmins(a, admins)), total, q);
}

const withAdmins = (a: Alliance, appointments: Appointment[]) => ({
  ...presentAlliance(a, []),
  admins: appointments.filter((x) => x.organizationId === a.organizationId).map((x) => ({ appointmentId: x.id, userId: x.userId, nickname: x.userNickname })),
});
const presentAdminAlliance = async (db: EntityManager, a: Alliance) => withAdmins(a, await appointmentsOn(db, [a.organizationId]));

async function approvedMerchantsOf(db: EntityManager, allianceIds: number[]) {
  if (!allianceIds.length) return [];
  return db.find(Merchant, { where: { allianceId: In(allianceIds), status: 'approved' }, order: { id: 'ASC' } });
}

export async function listAlliances(db: EntityManager, q: PagingInput) {
  const [rows, total] = await db.findAndCount(Alliance, { order: { id: 'ASC' }, skip: (q.page - 1) * q.pageSize, take: q.pageSize });
  const merchants = await approvedMerchantsOf(db, rows.map((a) => a.id));
  return page(rows.map((a) => presentAlliance(a, merchants.filter((m) => m.allianceId === a.id))), total, q);
}

export async function getAlliance(db: EntityManager, id: number) {
  const alliance = getOrThrow(await db.findOneBy(Alliance, { id }), '联盟');
  return presentAlliance(alliance, await approvedMerchantsOf(db, [id]));
}

export async function registerMerchant(deps: Deps, actor: Actor, input: { allianceId: number; name: string; category: string; address: string; contactPhone: string }) {
  const db = deps.db.manager;
  getOrThrow(await db.findOneBy(Alliance, { id: input.allianceId }), '联盟');
  try {
    const merchant = await db.save(db.create(Merchant, { ...input, userId: actor.id, activeUserId: actor.id, status: 'pending' }));
    return presentMerchant(merchant, { maskPhone: true });
  } catch (err) {
    // The unique activeUserId index: one pending or approved merchant per user, also under concurrent submits.
    if (fromDatabaseError(err)?.code === 'DUPLICATE') throw new Conflict('MERCHANT_EXISTS', '您已登记商户，请等待审核或使用已有商户');
    throw err;
  }
}

/** The caller's merchant (the latest, so a rejection and its reason stay visible until they apply again). */
export async function merchantOf(db: EntityManager, userId: number) {
  const latest = await db.findOne(Merchant, { where: { userId }, order: { id: 'DESC' } });
  return latest ? presentMerchant(latest, { maskPhone: true }) : null;
}

export async function listMerchantsForReview(db: EntityManager, actor: Actor, q: PagingInput & { status?: ReviewStatus; allianceId?: number }) {
  await campaignPolicy.listMerchantsForReview(db, actor);
  const qb = db
    .createQueryBuilder(Merchant, 'm')
    .innerJoin(Alliance, 'a', 'a.id = m.allianceId')
    .innerJoin(Organization, 'o', 'o.id = a.organizationId')
    .orderBy('m.id', 'DESC')
    .skip((q.page - 1) * q.pageSize)
    .take(q.pageSize);
  withinScope(qb, actor, 'o.path');
  if (q.status) qb.andWhere('m.status = :status', { status: q.status });
  if (q.allianceId) qb.andWhere('m.allianceId = :allianceId', { allianceId: q.allianceId });
  const [rows, total] = await qb.getManyAndCount();
  // Alliance admins vet a merchant and call it back, so they see the full phone number.
  return page(rows.map((m) => presentMerchant(m, { maskPhone: false })), total, q);
}

/** Approves (the owner becomes a merchant) or rejects (the owner may apply again) a pending merchant, once. */
export async function reviewMerchant(deps: Deps, actor: Actor, id: number, decision: Decision) {
  const at = deps.clock.now();
  return inTransaction(deps.db, async (db) => {
    const before = getOrThrow(await db.findOneBy(Merchant, { id }), '商户');
    const after = await reviewOnce(db, {
      entity: Merchant, before, decision, reviewerId: actor.id, at, alsoSet: decision.approve ? {} : { activeUserId: null },
      alreadyReviewed: '该商户已审核', entityType: 'merchant', organizationPath: await campaignPolicy.reviewMerchant(db, actor, before.allianceId),
      present: (m) => presentMerchant(m, { maskPhone: true }), audit: (entry) => recordAudit(db, actor, entry),
    });
    if (decision.approve && before.userId) await grantRole(db, before.userId, 'merchant');
    return presentMerchant(after, { maskPhone: false });
  });
}
