import { z } from 'zod';
import { Instant, Int } from '../../core/output';
import { pageOf } from '../../core/paging';
import { MEETING_KINDS } from './kinds';
import type { Meeting, MeetingAttendance } from './entities';
import { COMPLIANCE_STATUSES, ORG_GROUPS } from './schemas';

const Photo = z.object({ id: Int, url: z.string() }).meta({ id: 'MeetingPhoto' });

export const MeetingSummary = z
  .object({
    id: Int, organizationId: Int, organizationName: z.string(), kind: z.enum(MEETING_KINDS), title: z.string(), heldAt: Instant, period: z.string(),
    activityId: Int.nullable(), presentCount: Int, absentCount: Int,
  })
  .meta({ id: 'MeetingSummary' });
export const MeetingSummaryPage = pageOf(MeetingSummary);

const Attendance = z.object({ memberId: Int, name: z.string(), present: z.boolean(), absenceReason: z.string().nullable() }).meta({ id: 'MeetingAttendance' });

/** The admin's view: the record with every roll member's attendance. */
export const MeetingRecord = MeetingSummary.extend({ agenda: z.string(), minutes: z.string(), photos: z.array(Photo), attendance: z.array(Attendance) }).meta({ id: 'Meeting' });

/** A member's view of a meeting of their organisation: the record and their own attendance only. */
export const MyMeeting = MeetingSummary.extend({ agenda: z.string(), minutes: z.string(), photos: z.array(Photo), present: z.boolean(), absenceReason: z.string().nullable() }).meta({ id: 'MyMeeting' });
export const MyMeetingPage = pageOf(MyMeeting).extend({ present: Int, absent: Int }).meta({ id: 'MyMeetingPage' });
export const AnyMeeting = z.union([MeetingRecord, MyMeeting]).meta({ id: 'MeetingView' });

export function presentMeetingSummary(m: Meeting, organizationName: string): z.infer<typeof MeetingSummary> {
  return {
    id: m.id, organizationId: m.organizationId, organizationName, kind: m.kind, title: m.title, heldAt: m.heldAt.toISOString(), period: m.period,
    activityId: m.activityId, presentCount: m.presentCount, absentCount: m.absentCount,
  };
}

export function presentMyMeeting(m: Meeting, organizationName: string, photos: Map<number, string>, mine: MeetingAttendance): z.infer<typeof MyMeeting> {
  return {
    ...presentMeetingSummary(m, organizationName), agenda: m.agenda, minutes: m.minutes, photos: photosOf(m, photos),
    present: mine.present, absenceReason: mine.absenceReason,
  };
}

export const photosOf = (m: Meeting, urls: Map<number, string>) => m.photoFileIds.flatMap((id) => (urls.has(id) ? [{ id, url: urls.get(id)! }] : []));

const Status = z.enum(COMPLIANCE_STATUSES);
const StatusCounts = z.object({ on_time: Int, late: Int, missing: Int, not_due: Int }).meta({ id: 'MeetingStatusCounts' });
const KindKeys = z.object(Object.fromEntries(MEETING_KINDS.map((k) => [k, StatusCounts])) as Record<(typeof MEETING_KINDS)[number], typeof StatusCounts>);

export const MeetingComplianceRow = z
  .object({
    organizationId: Int, organizationName: z.string(), group: z.enum(ORG_GROUPS), streetId: Int.nullable(), streetName: z.string().nullable(),
    kinds: z.array(z.object({ kind: z.enum(MEETING_KINDS), period: z.string(), dueAt: Instant, required: Int, held: Int, status: Status, firstHeldAt: Instant.nullable() })),
  })
  .meta({ id: 'MeetingComplianceRow' });
const Periods = { period: z.string(), quarter: z.string(), year: z.string() };
export const MeetingCompliancePage = pageOf(MeetingComplianceRow).extend(Periods).meta({ id: 'MeetingComplianceRowPage' });

/** The counts behind the rows: per kind, per street, and the 组织生活会 held by kind of organisation (the 2017 figure). */
export const MeetingComplianceSummary = z
  .object({
    ...Periods,
    organizations: Int,
    byKind: KindKeys,
    orgLifeByGroup: z.object(Object.fromEntries(ORG_GROUPS.map((g) => [g, z.object({ organizations: Int, held: Int })])) as Record<(typeof ORG_GROUPS)[number], z.ZodObject<{ organizations: typeof Int; held: typeof Int }>>),
    streets: z.array(z.object({ streetId: Int, streetName: z.string(), organizations: Int, byKind: KindKeys }).meta({ id: 'MeetingComplianceStreet' })),
  })
  .meta({ id: 'MeetingComplianceSummary' });
