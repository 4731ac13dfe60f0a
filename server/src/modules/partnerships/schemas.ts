import { z } from 'zod';
import { Paging } from '../../core/paging';
import { onCalendarDay } from '../../core/time';
import { LIST_KINDS, PROJECT_CATEGORIES, PROJECT_STATUSES } from './entities';

const Id = z.coerce.number().int().positive();
const FileIds = z.array(z.number().int().positive()).max(9);
const CalendarDate = z.iso.date();
/** An instant with offset, or a calendar date meaning that day in Asia/Shanghai. */
const Instant = z.union([z.iso.datetime({ offset: true }), CalendarDate]).transform((s) => (s.length === 10 ? onCalendarDay(s) : new Date(s)));
const Text = (max: number) => z.string().trim().min(1).max(max);

export const PairFilterQuery = Paging.extend({ year: z.coerce.number().int().min(2000).max(2100).optional(), streetId: Id.optional() });
export const ProjectQuery = PairFilterQuery.extend({
  category: z.enum(PROJECT_CATEGORIES).optional(),
  status: z.enum(PROJECT_STATUSES).optional(),
  partnershipId: Id.optional(),
});
export const SummaryQuery = PairFilterQuery.pick({ year: true, streetId: true });

export const PartnershipBody = z
  .object({ communityAId: Id, communityBId: Id, signedAt: Instant, agreementTitle: Text(100), agreementFileId: z.number().int().positive().nullable().optional() })
  .refine((b) => b.communityAId !== b.communityBId, { path: ['communityBId'], message: '两个社区不能相同' });

export const ListItemBody = z.object({ communityId: Id, kind: z.enum(LIST_KINDS), content: Text(200) });

export const ProjectBody = z
  .object({
    title: Text(100),
    category: z.enum(PROJECT_CATEGORIES),
    description: Text(2000),
    ownerCommunityId: Id.optional(),
    plannedStart: CalendarDate.optional(),
    plannedEnd: CalendarDate.optional(),
  })
  .refine((b) => !b.plannedStart || !b.plannedEnd || b.plannedStart <= b.plannedEnd, { path: ['plannedEnd'], message: '计划结束日期不能早于开始日期' });

export const MoveBody = z.object({ status: z.enum(PROJECT_STATUSES), progressNote: Text(1000).optional(), photoFileIds: FileIds.optional() });
export const ProgressBody = z.object({ note: Text(1000), happenedAt: Instant.optional(), photoFileIds: FileIds.optional() });
