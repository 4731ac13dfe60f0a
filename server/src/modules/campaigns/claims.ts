import crypto from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Deps } from '../../deps';
import { inTransaction } from '../../db/transaction';
import { Conflict, fromDatabaseError, getOrThrow } from '../../errors';
import { page, type PagingInput } from '../../core/paging';
import type { Actor } from '../../core/actor';
import { Campaign, CampaignEntry, Claim, Merchant } from './entities';
import { campaignPolicy } from './policy';
import { byId } from './rows';
import { campaignPhase, presentMyClaim, type ClaimState } from './present';

/** Crockford base32: no I, L, O or U, so a code read aloud or typed at the till is hard to get wrong. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 16 characters = 80 random bits: a coupon is worth something, so its code must not be guessable or sequential. */
export function newClaimCode(): string {
  let out = '';
  let value = 0;
  let bits = 0;
  for (const byte of crypto.randomBytes(10)) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(value >>> bits) & 31];
    }
    value &= (1 << bits) - 1;
  }
  return out;
}

/** What a merchant typed or scanned, in canonical form: case, spaces and dashes ignored, look-alikes mapped. */
export const normalizeClaimCode = (input: string) =>
  input.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');

function assertRunning(campaign: Campaign, now: Date) {
  if (campaignPhase(campaign, now) !== 'running') throw new Conflict('CAMPAIGN_NOT_RUNNING', '活动未在进行中');
}

/**
 * Claims an offer. The quota holds under any concurrency because the counter only moves by one
 * conditional UPDATE (`claimedCount < quota`), in the same transaction as the claim row whose
 * unique (entryId, userId) index keeps one claim per person. The UPDATE comes first: it locks the
 * entry row before the claim's foreign-key check reads it, so MySQL cannot deadlock two claimers.
 */
export async function claimOffer(deps: Deps, actor: Actor, entryId: number) {
  const db = deps.db.manager;
  const now = deps.clock.now();
  const entry = getOrThrow(await db.findOneBy(CampaignEntry, { id: entryId }), '优惠');
  if (entry.status !== 'approved') throw new Conflict('ENTRY_NOT_APPROVED', '该优惠尚未通过审核');
  assertRunning(await db.findOneByOrFail(Campaign, { id: entry.campaignId }), now);
  // The counter only grows, so an offer read as sold out is sold out: answer without queueing on its row lock.
  if (entry.claimedCount >= entry.quota) throw new Conflict('SOLD_OUT', '该优惠已领完');
  if (await db.existsBy(Claim, { entryId, userId: actor.id })) throw new Conflict('ALREADY_CLAIMED', '您已领取过该优惠');
  try {
    const claim = await inTransaction(deps.db, async (m) => {
      const counted = await m
        .createQueryBuilder()
        .update(CampaignEntry)
        .set({ claimedCount: () => 'claimedCount + 1' })
        .where('id = :entryId AND claimedCount < quota', { entryId })
        .execute();
      if (!counted.affected) throw new Conflict('SOLD_OUT', '该优惠已领完');
      return m.save(m.create(Claim, { entryId, userId: actor.id, code: newClaimCode(), redeemedAt: null, redeemedById: null, createdAt: now }));
    });
    return { id: claim.id, code: claim.code, entryId, createdAt: claim.createdAt.toISOString() };
  } catch (err) {
    if (fromDatabaseError(err)?.code === 'DUPLICATE') throw new Conflict('ALREADY_CLAIMED', '您已领取过该优惠');
    throw err;
  }
}

/**
 * Redeems a coupon at the till: only the entry's merchant, only while the campaign runs, and once —
 * the UPDATE is conditional on `redeemedAt IS NULL`, so two tills scanning one code both cannot win.
 */
export async function redeemClaim(deps: Deps, actor: Actor, entryId: number, rawCode: string) {
  const db = deps.db.manager;
  const now = deps.clock.now();
  const entry = getOrThrow(await db.findOneBy(CampaignEntry, { id: entryId }), '优惠');
  await campaignPolicy.redeem(db, actor, entry);
  assertRunning(await db.findOneByOrFail(Campaign, { id: entry.campaignId }), now);
  // Guessing codes: wrong ones are counted per redeemer, and past the limit even a right one waits.
  await deps.limits.assertOpen('redemptionFailure', actor.id);
  const found = await db.findOneBy(Claim, { entryId, code: normalizeClaimCode(rawCode) });
  if (!found) await deps.limits.consume('redemptionFailure', actor.id);
  const claim = getOrThrow(found, '券码');
  const result = await db
    .createQueryBuilder()
    .update(Claim)
    .set({ redeemedAt: now, redeemedById: actor.id })
    .where('id = :id AND redeemedAt IS NULL', { id: claim.id })
    .execute();
  if (!result.affected) throw new Conflict('ALREADY_REDEEMED', '该券已核销');
  return { claimId: claim.id, entryId, offerTitle: entry.offerTitle, redeemedAt: now.toISOString() };
}

/** The caller's coupons, newest first; `state` filters unused / used / expired. */
export async function myClaims(db: EntityManager, actor: Actor, q: PagingInput & { state?: ClaimState }, now: Date) {
  const qb = db
    .createQueryBuilder(Claim, 'k')
    .innerJoin(CampaignEntry, 'e', 'e.id = k.entryId')
    .innerJoin(Campaign, 'c', 'c.id = e.campaignId')
    .where('k.userId = :userId', { userId: actor.id })
    .orderBy('k.id', 'DESC')
    .skip((q.page - 1) * q.pageSize)
    .take(q.pageSize);
  if (q.state === 'used') qb.andWhere('k.redeemedAt IS NOT NULL');
  if (q.state === 'unused') qb.andWhere('k.redeemedAt IS NULL AND c.endAt > :now', { now });
  if (q.state === 'expired') qb.andWhere('k.redeemedAt IS NULL AND c.endAt <= :now', { now });
  const [claims, total] = await qb.getManyAndCount();
  const entries = await byId(db, CampaignEntry, claims.map((k) => k.entryId));
  const campaigns = await byId(db, Campaign, [...entries.values()].map((e) => e.campaignId));
  const merchants = await byId(db, Merchant, [...entries.values()].map((e) => e.merchantId));
  const items = await Promise.all(
    claims.map((k) => {
      const entry = entries.get(k.entryId)!;
      return presentMyClaim(k, entry, merchants.get(entry.merchantId)!, campaigns.get(entry.campaignId)!, now);
    }),
  );
  return page(items, total, q);
}
