import QRCode from 'qrcode';
import { z } from 'zod';
import { Instant, Int, Rate } from '../../core/output';
import { pageOf } from '../../core/paging';
import { maskPhone } from '../members';
import type { Alliance as AllianceRow, Campaign as CampaignRow, CampaignEntry, Claim, Merchant as MerchantRow } from './entities';

const iso = (d: Date | null) => d?.toISOString() ?? null;
const ReviewStatus = z.enum(['pending', 'approved', 'rejected']);

export const Merchant = z
  .object({
    id: Int, allianceId: Int, name: z.string(), category: z.string(), address: z.string(), contactPhone: z.string(),
    status: ReviewStatus, rejectReason: z.string().nullable(), reviewedAt: Instant.nullable(), createdAt: Instant,
  })
  .meta({ id: 'Merchant' });
export const MerchantPage = pageOf(Merchant);

export const Alliance = z
  .object({ id: Int, name: z.string(), description: z.string(), organizationId: Int, merchants: z.array(Merchant) })
  .meta({ id: 'Alliance' });
export const AlliancePage = pageOf(Alliance);

/** An alliance as the admins of its leading organisation see it: with the admins appointed there. */
export const AdminAlliance = Alliance.extend({ admins: z.array(z.object({ appointmentId: Int, userId: Int, nickname: z.string() })) }).meta({ id: 'AdminAlliance' });
export const AdminAlliancePage = pageOf(AdminAlliance);

export const presentAlliance = (a: AllianceRow, merchants: MerchantRow[]): z.infer<typeof Alliance> => ({
  id: a.id,
  name: a.name,
  description: a.description,
  organizationId: a.organizationId,
  merchants: merchants.map((m) => presentMerchant(m, { maskPhone: true })),
});

/** The contact phone is for the alliance admins who vet and reach a merchant; everyone else sees it masked. */
export const presentMerchant = (m: MerchantRow, { maskPhone: mask }: { maskPhone: boolean }): z.infer<typeof Merchant> => ({
  id: m.id,
  allianceId: m.allianceId,
  name: m.name,
  category: m.category,
  address: m.address,
  contactPhone: mask ? maskPhone(m.contactPhone) : m.contactPhone,
  status: m.status,
  rejectReason: m.review.rejectReason,
  reviewedAt: iso(m.review.reviewedAt),
  createdAt: m.createdAt.toISOString(),
});

export type CampaignPhase = 'upcoming' | 'running' | 'ended';
const Phase = z.enum(['upcoming', 'running', 'ended']);

export const campaignPhase = (c: CampaignRow, now: Date): CampaignPhase => (now < c.startAt ? 'upcoming' : now < c.endAt ? 'running' : 'ended');

export const Campaign = z
  .object({
    id: Int, allianceId: Int, title: z.string(), description: z.string(), posterFileId: Int.nullable(), posterUrl: z.string().nullable(),
    enrollDeadline: Instant, startAt: Instant, endAt: Instant, phase: Phase, enrollOpen: z.boolean(),
  })
  .meta({ id: 'Campaign' });
export const CampaignPage = pageOf(Campaign);

/** `posterUrl`: the files module's URL of the poster (fileUrls), if it has one. */
export const presentCampaign = (c: CampaignRow, now: Date, posterUrl: string | null): z.infer<typeof Campaign> => ({
  id: c.id,
  allianceId: c.allianceId,
  title: c.title,
  description: c.description,
  posterFileId: c.posterFileId,
  posterUrl,
  enrollDeadline: c.enrollDeadline.toISOString(),
  startAt: c.startAt.toISOString(),
  endAt: c.endAt.toISOString(),
  phase: campaignPhase(c, now),
  enrollOpen: now <= c.enrollDeadline,
});

export const Entry = z
  .object({
    id: Int, campaignId: Int, merchantId: Int,
    merchant: z.object({ id: Int, name: z.string(), category: z.string(), address: z.string() }).nullable(),
    offerTitle: z.string(), offerDetail: z.string(), quota: Int, claimedCount: Int, remaining: Int,
    status: ReviewStatus, rejectReason: z.string().nullable(), reviewedAt: Instant.nullable(),
  })
  .meta({ id: 'CampaignEntry' });

/** A campaign with its approved offers; `claimedByMe` is false for an anonymous caller. */
export const CampaignDetail = Campaign.extend({ entries: z.array(Entry.extend({ claimedByMe: z.boolean() }).meta({ id: 'CampaignOffer' })) }).meta({ id: 'CampaignDetail' });

/** An entry in a review or "my entries" list, with the campaign it joins. */
export const EntryWithCampaign = Entry.extend({
  campaign: z.object({ id: Int, title: z.string(), phase: Phase, startAt: Instant, endAt: Instant }),
}).meta({ id: 'CampaignEntryWithCampaign' });
export const EntryWithCampaignPage = pageOf(EntryWithCampaign);

export const presentEntry = (e: CampaignEntry, merchant: MerchantRow | undefined): z.infer<typeof Entry> => ({
  id: e.id,
  campaignId: e.campaignId,
  merchantId: e.merchantId,
  merchant: merchant ? { id: merchant.id, name: merchant.name, category: merchant.category, address: merchant.address } : null,
  offerTitle: e.offerTitle,
  offerDetail: e.offerDetail,
  quota: e.quota,
  claimedCount: e.claimedCount,
  remaining: Math.max(0, e.quota - e.claimedCount),
  status: e.status,
  rejectReason: e.review.rejectReason,
  reviewedAt: iso(e.review.reviewedAt),
});

export type ClaimState = 'unused' | 'used' | 'expired';

export const claimState = (claim: Claim, campaign: CampaignRow, now: Date): ClaimState =>
  claim.redeemedAt ? 'used' : now >= campaign.endAt ? 'expired' : 'unused';

/** A coupon as its holder sees it: the code, and the QR code the merchant scans at the till. */
export const MyClaim = z
  .object({
    id: Int, code: z.string(), state: z.enum(['unused', 'used', 'expired']), qrDataUrl: z.string().nullable(),
    entryId: Int, offerTitle: z.string(), offerDetail: z.string(),
    merchant: z.object({ id: Int, name: z.string(), address: z.string() }),
    campaign: z.object({ id: Int, title: z.string(), startAt: Instant, endAt: Instant }),
    redeemedAt: Instant.nullable(), createdAt: Instant,
  })
  .meta({ id: 'MyClaim' });
export const MyClaimPage = pageOf(MyClaim);

/** A claim just made: the code is shown at once; the QR code comes with 我的优惠券. */
export const NewClaim = z.object({ id: Int, code: z.string(), entryId: Int, createdAt: Instant }).meta({ id: 'NewClaim' });
export const Redemption = z.object({ claimId: Int, entryId: Int, offerTitle: z.string(), redeemedAt: Instant }).meta({ id: 'Redemption' });

const Counts = { claims: Int, redemptions: Int, redemptionRate: Rate };
export const CampaignStats = z
  .object({
    campaignId: Int, title: z.string(),
    totals: z.object(Counts),
    entries: z.array(z.object({ entryId: Int, merchantId: Int, merchantName: z.string(), offerTitle: z.string(), quota: Int, ...Counts })),
    days: z.array(z.object({ day: z.iso.date(), ...Counts })),
  })
  .meta({ id: 'CampaignStats' });

export async function presentMyClaim(claim: Claim, entry: CampaignEntry, merchant: MerchantRow, campaign: CampaignRow, now: Date): Promise<z.infer<typeof MyClaim>> {
  const state = claimState(claim, campaign, now);
  return {
    id: claim.id,
    code: claim.code,
    state,
    // Only a coupon that can still be used gets a scannable code.
    qrDataUrl: state === 'unused' ? await QRCode.toDataURL(claim.code, { margin: 1, width: 240 }) : null,
    entryId: entry.id,
    offerTitle: entry.offerTitle,
    offerDetail: entry.offerDetail,
    merchant: { id: merchant.id, name: merchant.name, address: merchant.address },
    campaign: { id: campaign.id, title: campaign.title, startAt: campaign.startAt.toISOString(), endAt: campaign.endAt.toISOString() },
    redeemedAt: iso(claim.redeemedAt),
    createdAt: claim.createdAt.toISOString(),
  };
}
