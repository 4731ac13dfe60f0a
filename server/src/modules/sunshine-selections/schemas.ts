import { z } from 'zod';
import { Paging } from '../../core/paging';

const At = z.iso.datetime({ offset: true });
const Year = z.number().int().min(2000).max(2100);

export const CreateSelectionBody = z.strictObject({ organizationId: z.number().int().positive(), year: Year, seats: z.number().int().min(1).max(500) });
export type CreateSelectionInput = z.infer<typeof CreateSelectionBody>;

/** The vote's window; by default it opens now and runs 7 days. */
export const OpenVoteBody = z
  .strictObject({ opensAt: At.optional(), closesAt: At.optional() })
  .refine((b) => !b.opensAt || !b.closesAt || Date.parse(b.opensAt) < Date.parse(b.closesAt), { message: '截止时间须晚于开始时间', path: ['closesAt'] });
export type OpenVoteInput = z.infer<typeof OpenVoteBody>;

/** The 公示's window; by default it starts now and runs 7 days (5 working days). */
export const PublishNoticeBody = z
  .strictObject({ startsAt: At.optional(), endsAt: At.optional() })
  .refine((b) => !b.startsAt || !b.endsAt || Date.parse(b.startsAt) < Date.parse(b.endsAt), { message: '结束时间须晚于开始时间', path: ['endsAt'] });
export type SelectionNoticeInput = z.infer<typeof PublishNoticeBody>;

export const SelectionsQuery = Paging.extend({ organizationId: z.coerce.number().int().positive().optional(), year: z.coerce.number().int().min(2000).max(2100).optional() });
export type SelectionsInput = z.infer<typeof SelectionsQuery>;
