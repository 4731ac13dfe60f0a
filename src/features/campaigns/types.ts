export type ReviewStatus = 'pending' | 'approved' | 'rejected';
export type CampaignPhase = 'upcoming' | 'running' | 'ended';
export type ClaimState = 'unused' | 'used' | 'expired';

export interface Merchant {
  id: number;
  allianceId: number;
  name: string;
  category: string;
  address: string;
  /** Masked except for the alliance's admins. */
  contactPhone: string;
  status: ReviewStatus;
  rejectReason: string | null;
}

export interface Alliance {
  id: number;
  name: string;
  description: string;
  organizationId: number;
  merchants: Merchant[];
}

export interface Campaign {
  id: number;
  allianceId: number;
  title: string;
  description: string;
  posterUrl: string | null;
  enrollDeadline: string;
  startAt: string;
  endAt: string;
  phase: CampaignPhase;
  enrollOpen: boolean;
}

/** A merchant's offer in a campaign. */
export interface Entry {
  id: number;
  campaignId: number;
  merchantId: number;
  merchant: { id: number; name: string; category: string; address: string } | null;
  offerTitle: string;
  offerDetail: string;
  quota: number;
  claimedCount: number;
  remaining: number;
  status: ReviewStatus;
  rejectReason: string | null;
  claimedByMe?: boolean;
  campaign?: { id: number; title: string; phase: CampaignPhase; startAt: string; endAt: string };
}

export interface CampaignDetail extends Campaign {
  entries: Entry[];
}

/** A coupon in "my coupons". */
export interface MyClaim {
  id: number;
  code: string;
  state: ClaimState;
  qrDataUrl: string | null;
  entryId: number;
  offerTitle: string;
  offerDetail: string;
  merchant: { id: number; name: string; address: string };
  campaign: { id: number; title: string; startAt: string; endAt: string };
  redeemedAt: string | null;
  createdAt: string;
}

export interface Rates {
  claims: number;
  redemptions: number;
  redemptionRate: number;
}

export interface CampaignStats {
  campaignId: number;
  title: string;
  totals: Rates;
  entries: (Rates & { entryId: number; merchantName: string; offerTitle: string; quota: number })[];
  days: (Rates & { day: string })[];
}
