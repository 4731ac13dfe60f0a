import type { EntityManager } from 'typeorm';
import { Forbidden, getOrThrow } from '../../errors';
import type { Actor } from '../../core/actor';
import { assertAdminOf, covers, organizationPath } from '../orgs';
import { Alliance, CampaignEntry, Merchant } from './entities';

/**
 * Who may do what with alliances and campaigns. Alliance admins are the admins whose scope covers
 * the alliance's organisation (and district admins); a merchant acts only for the merchant it runs.
 */
export async function assertAllianceAdmin(db: EntityManager, actor: Actor, allianceId: number): Promise<string> {
  const alliance = getOrThrow(await db.findOneBy(Alliance, { id: allianceId }), '联盟');
  return assertAdminOf(db, actor, alliance.organizationId);
}

export async function isAllianceAdmin(db: EntityManager, actor: Actor | undefined, allianceId: number): Promise<boolean> {
  const alliance = await db.findOneByOrFail(Alliance, { id: allianceId });
  return covers(actor, await organizationPath(db, alliance.organizationId));
}

/** The caller's approved merchant in the alliance; only those may enrol in its campaigns. */
export async function approvedMerchantIn(db: EntityManager, actor: Actor, allianceId: number): Promise<Merchant> {
  const merchant = await db.findOneBy(Merchant, { activeUserId: actor.id, allianceId, status: 'approved' });
  if (!merchant) throw new Forbidden('仅本联盟已认证的商户可以参加', 'NOT_ALLIANCE_MERCHANT');
  return merchant;
}

/** Only the merchant who made the offer redeems its coupons. */
export async function assertEntryMerchant(db: EntityManager, actor: Actor, entry: CampaignEntry): Promise<Merchant> {
  const merchant = await db.findOneByOrFail(Merchant, { id: entry.merchantId });
  if (merchant.userId !== actor.id || merchant.status !== 'approved') throw new Forbidden('只有发布该优惠的商户可以核销', 'NOT_ENTRY_MERCHANT');
  return merchant;
}

