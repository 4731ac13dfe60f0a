import { z } from 'zod';
import { Instant, Int } from '../../core/output';
import { pageOf } from '../../core/paging';
import { maskPersonalData } from '../letters';
import type { Objection as ObjectionRow, PublicNotice as NoticeRow } from './entities';

export const NOTICE_STATES = ['scheduled', 'running', 'ended'] as const;
export const noticeStatus = (n: Pick<NoticeRow, 'startsAt' | 'endsAt'>, now: Date) => (now < n.startsAt ? 'scheduled' : now < n.endsAt ? 'running' : 'ended');

/** An objection as everyone sees it: personal data masked, the objector never shown. */
export const Objection = z
  .object({ id: Int, noticeId: Int, content: z.string(), itemKey: z.string().nullable(), createdAt: Instant, reply: z.string().nullable(), upheld: z.boolean().nullable(), repliedAt: Instant.nullable() })
  .meta({ id: 'Objection' });

const fields = {
  id: Int, organizationId: Int, title: z.string(), body: z.string(), items: z.array(z.object({ key: z.string(), label: z.string() })),
  startsAt: Instant, endsAt: Instant, status: z.enum(NOTICE_STATES), subject: z.object({ type: z.string(), id: Int }).nullable(),
  objectionCount: Int, answeredCount: Int, upheldCount: Int,
};
export const PublicNoticeSummary = z.object(fields).meta({ id: 'PublicNoticeSummary' });
export const PublicNoticePage = pageOf(PublicNoticeSummary);
/** One notice with its whole record: every shown objection and its answer. */
export const PublicNotice = z.object({ ...fields, objections: z.array(Objection) }).meta({ id: 'PublicNotice' });

export const LodgedObjection = z.object({ id: Int, status: z.enum(['visible', 'rejected']) }).meta({ id: 'LodgedObjection' });

export interface ObjectionCounts {
  objections: number;
  answered: number;
  upheld: number;
}

export function presentObjection(o: ObjectionRow): z.infer<typeof Objection> {
  return {
    id: o.id, noticeId: o.noticeId, content: maskPersonalData(o.content), itemKey: o.itemKey, createdAt: o.createdAt.toISOString(),
    reply: o.reply, upheld: o.upheld, repliedAt: o.repliedAt?.toISOString() ?? null,
  };
}

export function presentNoticeSummary(n: NoticeRow, c: ObjectionCounts, now: Date): z.infer<typeof PublicNoticeSummary> {
  return {
    id: n.id, organizationId: n.organizationId, title: n.title, body: n.body, items: n.items, startsAt: n.startsAt.toISOString(), endsAt: n.endsAt.toISOString(),
    status: noticeStatus(n, now), subject: n.subjectType && n.subjectId ? { type: n.subjectType, id: n.subjectId } : null,
    objectionCount: c.objections, answeredCount: c.answered, upheldCount: c.upheld,
  };
}
