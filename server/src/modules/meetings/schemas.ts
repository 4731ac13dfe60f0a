import { z } from 'zod';
import { Paging } from '../../core/paging';
import { MONTH, QUARTER, YEAR } from '../../core/time';
import { MEETING_KINDS } from './kinds';

const Id = z.number().int().positive();
const QueryId = z.coerce.number().int().positive();

/** Attendance either from the roll (`attendeeMemberIds`) or from an activity's check-ins (`activityId`); the rest of the roll is absent. */
export const RecordMeetingBody = z
  .strictObject({
    organizationId: Id,
    kind: z.enum(MEETING_KINDS),
    title: z.string().trim().min(1).max(100),
    heldAt: z.iso.datetime({ offset: true }).transform((s) => new Date(s)),
    /** The period it counts for, when it makes up for an earlier one (补开); by default the one it was held in. */
    period: z.string().optional(),
    agenda: z.string().trim().min(1).max(2000),
    minutes: z.string().trim().min(1).max(20000),
    attendeeMemberIds: z.array(Id).max(2000).optional(),
    activityId: Id.optional(),
    absences: z.array(z.strictObject({ memberId: Id, reason: z.string().trim().min(1).max(200) })).max(2000).default([]),
    photoFileIds: z.array(Id).max(9).default([]),
  })
  .refine((b) => !!b.attendeeMemberIds !== !!b.activityId, { message: '请填写到会党员（attendeeMemberIds）或关联的活动（activityId），二选一', path: ['attendeeMemberIds'] });
export type RecordMeetingInput = z.infer<typeof RecordMeetingBody>;

export const MeetingsQuery = Paging.extend({ organizationId: QueryId.optional(), kind: z.enum(MEETING_KINDS).optional(), period: z.string().max(7).optional() });
export type MeetingsInput = z.infer<typeof MeetingsQuery>;

export const COMPLIANCE_STATUSES = ['on_time', 'late', 'missing', 'not_due'] as const;
export const ORG_GROUPS = ['rural', 'urban', 'enterprise', 'other'] as const;

/** The three periods checked: `period` (a month) for the monthly kinds, `quarter` (default: the month's) and `year` (default: the month's) for the others. */
export const CompliancePeriodsQuery = z.object({
  organizationId: QueryId.optional(),
  streetId: QueryId.optional(),
  period: z.string().regex(MONTH, '期间格式应为 2026-03').optional(),
  quarter: z.string().regex(QUARTER, '季度格式应为 2026-Q1').optional(),
  year: z.string().regex(YEAR, '年份格式应为 2026').optional(),
});
export type CompliancePeriodsInput = z.infer<typeof CompliancePeriodsQuery>;

/** With `status` (and `kind`, `group`): only the organisations with that kind in that status, the rows behind one figure. */
export const MeetingComplianceQuery = CompliancePeriodsQuery.extend(Paging.shape).extend({
  kind: z.enum(MEETING_KINDS).optional(),
  status: z.enum(COMPLIANCE_STATUSES).optional(),
  group: z.enum(ORG_GROUPS).optional(),
});
export type MeetingComplianceInput = z.infer<typeof MeetingComplianceQuery>;
