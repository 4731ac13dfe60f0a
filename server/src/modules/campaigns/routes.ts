import { IdParam, Paging } from '../../core/paging';
import { route } from '../../http/route';
import { createCampaign, getCampaign, joinCampaign, listCampaigns, listEntriesForReview, myEntries, reviewEntry } from './campaigns';
import { claimOffer, myClaims, redeemClaim } from './claims';
import { createAlliance, getAlliance, listAlliances, listAlliancesForAdmin, listMerchantsForReview, registerMerchant, reviewMerchant, updateAlliance } from './merchants';
import {
  AllianceBody, AlliancePatch, CampaignBody, CampaignQuery, ClaimQuery, EntryBody, EntryIdParam, EntryParams, EntryQuery, MerchantBody, MerchantQuery, RedemptionBody, RejectBody, StatsQuery,
} from './schemas';
import {
  AdminAlliance, AdminAlliancePage, Alliance, AlliancePage, Campaign, CampaignDetail, CampaignPage, CampaignStats, Entry, EntryWithCampaignPage, Merchant, MerchantPage, MyClaimPage, NewClaim, Redemption,
} from './present';
import { campaignStats, statsWorkbook } from './stats';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const campaignRoutes = [
  route({ method: 'get', path: '/alliances', access: 'public', response: AlliancePage, summary: 'Alliances with their approved merchants', query: Paging, handler: ({ deps, query }) => listAlliances(deps.db.manager, query) }),
  route({ method: 'get', path: '/alliances/:id', access: 'public', response: Alliance, summary: 'One alliance with its approved merchants', params: IdParam, handler: ({ deps, params }) => getAlliance(deps.db.manager, params.id) }),
  route({ method: 'post', path: '/alliances', access: 'user', response: AdminAlliance, status: 201, summary: 'Create an alliance led by an organisation in my scope, appointing its admins there', body: AllianceBody, handler: ({ deps, actor, body }) => createAlliance(deps, actor, body) }),
  route({ method: 'patch', path: '/alliances/:id', access: 'user', response: AdminAlliance, summary: 'Edit an alliance (its admins); a new leading organisation must be in my scope', params: IdParam, body: AlliancePatch, handler: ({ deps, actor, params, body }) => updateAlliance(deps, actor, params.id, body) }),
  route({ method: 'get', path: '/admin/alliances', access: 'user', response: AdminAlliancePage, summary: 'Alliances led inside my scope, with the admins appointed on each leading organisation', query: Paging, handler: ({ deps, actor, query }) => listAlliancesForAdmin(deps.db.manager, actor, query) }),

  route({ method: 'post', path: '/merchants', access: 'user', response: Merchant, status: 201, summary: 'Register as a merchant of an alliance (pending review)', body: MerchantBody, handler: ({ deps, actor, body }) => registerMerchant(deps, actor, body) }),
  route({ method: 'get', path: '/admin/merchants', access: 'user', response: MerchantPage, summary: 'Merchants of alliances in my scope', query: MerchantQuery, handler: ({ deps, actor, query }) => listMerchantsForReview(deps.db.manager, actor, query) }),
  route({ method: 'post', path: '/admin/merchants/:id/approve', access: 'user', response: Merchant, summary: 'Approve a merchant', params: IdParam, handler: ({ deps, actor, params }) => reviewMerchant(deps, actor, params.id, { approve: true }) }),
  route({
    method: 'post', path: '/admin/merchants/:id/reject', access: 'user', response: Merchant, summary: 'Reject a merchant with a reason', params: IdParam, body: RejectBody,
    handler: ({ deps, actor, params, body }) => reviewMerchant(deps, actor, params.id, { approve: false, reason: body.reason }),
  }),

  route({ method: 'get', path: '/campaigns', access: 'public', response: CampaignPage, summary: 'Campaigns, newest first', query: CampaignQuery, handler: ({ deps, query }) => listCampaigns(deps.db.manager, query, deps.clock.now()) }),
  route({ method: 'get', path: '/campaigns/:id', access: 'optional', response: CampaignDetail, summary: 'One campaign with its approved offers', params: IdParam, handler: ({ deps, actor, params }) => getCampaign(deps.db.manager, actor, params.id, deps.clock.now()) }),
  route({ method: 'post', path: '/campaigns', access: 'user', response: Campaign, status: 201, summary: 'Create a campaign of an alliance in my scope', body: CampaignBody, handler: ({ deps, actor, body }) => createCampaign(deps, actor, body) }),
  route({
    method: 'post', path: '/campaigns/:id/entries', access: 'user', response: Entry, status: 201, summary: 'Join a campaign with an offer (approved merchants of its alliance)', params: IdParam, body: EntryBody,
    handler: ({ deps, actor, params, body }) => joinCampaign(deps, actor, params.id, body),
  }),
  route({
    method: 'post', path: '/campaigns/:id/entries/:entryId/approve', access: 'user', response: Entry, summary: 'Approve an entry', params: EntryParams,
    handler: ({ deps, actor, params }) => reviewEntry(deps, actor, params.id, params.entryId, { approve: true }),
  }),
  route({
    method: 'post', path: '/campaigns/:id/entries/:entryId/reject', access: 'user', response: Entry, summary: 'Reject an entry with a reason', params: EntryParams, body: RejectBody,
    handler: ({ deps, actor, params, body }) => reviewEntry(deps, actor, params.id, params.entryId, { approve: false, reason: body.reason }),
  }),
  route({ method: 'get', path: '/admin/campaign-entries', access: 'user', response: EntryWithCampaignPage, summary: 'Campaign entries in my scope', query: EntryQuery, handler: ({ deps, actor, query }) => listEntriesForReview(deps.db.manager, actor, query, deps.clock.now()) }),
  route({ method: 'get', path: '/me/campaign-entries', access: 'user', response: EntryWithCampaignPage, summary: "My merchant's campaign entries", query: Paging, handler: ({ deps, actor, query }) => myEntries(deps.db.manager, actor, query, deps.clock.now()) }),
  route({
    method: 'get', path: '/campaigns/:id/stats', access: 'user', response: { json: CampaignStats, file: [XLSX] }, summary: 'Claims and redemptions per entry and per day (json or xlsx)', params: IdParam, query: StatsQuery,
    handler: async ({ deps, actor, params, query, koa }) => {
      const stats = await campaignStats(deps.db.manager, actor, params.id);
      if (query.format === 'json') return stats;
      koa.type = XLSX;
      koa.attachment(`campaign-${params.id}-stats.xlsx`);
      koa.body = await statsWorkbook(stats);
      return undefined;
    },
  }),

  route({ method: 'post', path: '/campaign-entries/:entryId/claims', access: 'user', response: NewClaim, status: 201, summary: 'Claim an offer (one per person, within quota)', params: EntryIdParam, handler: ({ deps, actor, params }) => claimOffer(deps, actor, params.entryId) }),
  route({ method: 'get', path: '/me/claims', access: 'user', response: MyClaimPage, summary: 'My coupons with their QR codes', query: ClaimQuery, handler: ({ deps, actor, query }) => myClaims(deps.db.manager, actor, query, deps.clock.now()) }),
  route({
    method: 'post', path: '/campaign-entries/:entryId/redemptions', access: 'user', response: Redemption, status: 201, summary: "Redeem a coupon (the entry's merchant, while the campaign runs)", params: EntryIdParam, body: RedemptionBody,
    handler: ({ deps, actor, params, body }) => redeemClaim(deps, actor, params.entryId, body.code),
  }),
];
