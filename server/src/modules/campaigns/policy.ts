import type { EntityManager } from 'typeorm';
import { anyAdmin, type Rule } from '../../core/policy';
import { Forbidden, getOrThrow } from '../../errors';
import { inScopeOf, ownOrganization } from '../orgs';
import { Alliance, CampaignEntry, Merchant } from './entities';

/** An alliance's admins are the admins whose scope covers the alliance's organisation (and district admins). */
const allianceAdmin = inScopeOf(async (allianceId: number, db: EntityManager) => getOrThrow(await db.findOneBy(Alliance, { id: allianceId }), '联盟').organizationId);

/** The caller's approved merchant in the alliance; only those may enrol in its campaigns. */
const allianceMerchant: Rule<number, Merchant> = async (db, actor, allianceId) => {
  const merchant = actor && (await db.findOneBy(Merchant, { activeUserId: actor.id, allianceId, status: 'approved' }));
  if (!merchant) throw new Forbidden('仅本联盟已认证的商户可以参加', 'NOT_ALLIANCE_MERCHANT');
  return merchant;
};

/** Only the merchant who made the offer redeems its coupons. */
const entryMerchant: Rule<CampaignEntry, Merchant> = async (db, actor, entry) => {
  const merchant = await db.findOneByOrFail(Merchant, { id: entry.merchantId });
  if (merchant.userId !== actor?.id || merchant.status !== 'approved') throw new Forbidden('只有发布该优惠的商户可以核销', 'NOT_ENTRY_MERCHANT');
  return merchant;
};

/**
 * Who may do what with alliances and campaigns (the resource of an alliance rule is the alliance id).
 * Alliance work is its admins'; a merchant acts only for the merchant it runs. Browsing and claiming
 * are every resident's.
 */
export const campaignPolicy = {
  createAlliance: inScopeOf(ownOrganization),
  /** Editing: the alliance's admins; a new leading organisation must lie in their scope too (createAlliance). */
  editAlliance: allianceAdmin,
  listAlliancesForAdmin: anyAdmin(),
  reviewMerchant: allianceAdmin,
  listMerchantsForReview: anyAdmin(),
  createCampaign: allianceAdmin,
  enrol: allianceMerchant,
  reviewEntry: allianceAdmin,
  listEntriesForReview: anyAdmin(),
  /** Campaign statistics: an alliance admin sees every merchant's figures, a merchant its own (see `allows`). */
  readAllStats: allianceAdmin,
  redeem: entryMerchant,
};
