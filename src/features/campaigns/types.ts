import type { components } from '../../lib/api-schema';

type Schemas = components['schemas'];

export type ReviewStatus = Schemas['Merchant']['status'];
export type CampaignPhase = Schemas['Campaign']['phase'];
export type ClaimState = Schemas['MyClaim']['state'];

/** `contactPhone` is masked except for the alliance's admins. */
export type Merchant = Schemas['Merchant'];
export type Alliance = Schemas['Alliance'];
export type Campaign = Schemas['Campaign'];
/** A merchant's offer in a campaign. */
export type Entry = Schemas['CampaignEntry'];
/** An offer on the campaign page: `claimedByMe` tells whether I already hold its coupon. */
export type Offer = Schemas['CampaignOffer'];
/** An entry in the review list or in my entries, with its campaign. */
export type EntryWithCampaign = Schemas['CampaignEntryWithCampaign'];
export type CampaignDetail = Schemas['CampaignDetail'];
/** A coupon in "my coupons". */
export type MyClaim = Schemas['MyClaim'];
export type CampaignStats = Schemas['CampaignStats'];
export type Rates = CampaignStats['totals'];
