import { z } from 'zod';
import { Paging } from '../../core/paging';

const Id = z.number().int().positive();
const OptionalId = z.coerce.number().int().positive().optional();
const Instant = z.iso.datetime({ offset: true }).transform((s) => new Date(s));
const Status = z.enum(['pending', 'approved', 'rejected']).optional();

const AllianceFields = { organizationId: Id, name: z.string().trim().min(1).max(100), description: z.string().trim().max(2000) };
/** `adminUserIds`: users appointed admins of the leading organisation with it (they run the alliance). */
export const AllianceBody = z.object({ ...AllianceFields, description: AllianceFields.description.default(''), adminUserIds: z.array(Id).max(20).default([]) });
export const AlliancePatch = z.strictObject({ organizationId: Id.optional(), name: AllianceFields.name.optional(), description: AllianceFields.description.optional() });

export const MerchantBody = z.object({
  allianceId: Id,
  name: z.string().trim().min(1).max(100),
  category: z.string().trim().min(1).max(30),
  address: z.string().trim().min(1).max(200),
  contactPhone: z.string().regex(/^1\d{10}$|^0\d{2,3}-?\d{7,8}$/, '请输入手机号或固定电话'),
});
export const MerchantQuery = Paging.extend({ status: Status, allianceId: OptionalId });

export const RejectBody = z.object({ reason: z.string().trim().min(1).max(200).default('未通过审核') });

export const CampaignBody = z.object({
  allianceId: Id,
  title: z.string().trim().min(1).max(100),
  description: z.string().trim().max(5000).default(''),
  posterFileId: Id.nullable().optional(),
  enrollDeadline: Instant,
  startAt: Instant,
  endAt: Instant,
});
export const CampaignQuery = Paging.extend({ allianceId: OptionalId, phase: z.enum(['upcoming', 'running', 'ended']).optional() });

export const EntryParams = z.object({ id: z.coerce.number().int().positive(), entryId: z.coerce.number().int().positive() });
export const EntryIdParam = z.object({ entryId: z.coerce.number().int().positive() });
export const EntryBody = z.object({
  offerTitle: z.string().trim().min(1).max(100),
  offerDetail: z.string().trim().max(2000).default(''),
  quota: z.number().int().min(1).max(100000),
});
export const EntryQuery = Paging.extend({ status: Status, campaignId: OptionalId });

export const ClaimQuery = Paging.extend({ state: z.enum(['unused', 'used', 'expired']).optional() });
export const RedemptionBody = z.object({ code: z.string().trim().min(1).max(64) });
export const StatsQuery = z.object({ format: z.enum(['json', 'xlsx']).default('json') });
