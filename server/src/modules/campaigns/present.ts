import QRCode from 'qrcode';
import { maskPhone } from '../members';
import type { Alliance, Campaign, CampaignEntry, Claim, Merchant } from './entities';

const iso = (d: Date | null) => d?.toISOString() ?? null;

export const presentAlliance = (a: Alliance, merchants: Merchant[]) => ({
  id: a.id,
  name: a.name,
  description: a.description,
  organizationId: a.organizationId,
  merchants: merchants.map((m) => presentMerchant(m, { maskPhone: true })),
});

/** The contact phone is for the alliance admins who vet and reach a merchant; everyone else sees it masked. */
export const presentMerchant = (m: Merchant, { maskPhone: mask }: { maskPhone: boolean }) => ({
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

export const campaignPhase = (c: Campaign, now: Date): CampaignPhase => (now < c.startAt ? 'upcoming' : now < c.endAt ? 'running' : 'ended');

/** `posterUrl`: the files module's URL of the poster (fileUrls), if it has one. */
export const presentCampaign = (c: Campaign, now: Date, posterUrl: string | null) => ({
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

export const presentEntry = (e: CampaignEntry, merchant: Merchant | undefined) => ({
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

export const claimState = (claim: Claim, campaign: Campaign, now: Date): ClaimState =>
  claim.redeemedAt ? 'used' : now >= campaign.endAt ? 'expired' : 'unused';

/** A coupon as its holder sees it: the code, and the QR code the merchant scans at the till. */
export async function presentMyClaim(claim: Claim, entry: CampaignEntry, merchant: Merchant, campaign: Campaign, now: Date) {
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
