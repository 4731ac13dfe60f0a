import { IsNull, LessThanOrEqual, type EntityManager } from 'typeorm';
import type { Deps } from '../../deps';
import { formatShanghai, shiftPeriod } from '../../core/time';
import { CATEGORIES, complianceRows, DisclosureQuestion, latestDuePeriod } from '../disclosures';
import { Letter, thing } from '../letters';
import { MemberBinding } from '../members';
import { Community } from '../orgs';
import { sendReminders, type Due } from './send';

const DAY_MS = 24 * 3600_000;
/** A disclosure is announced this long before its due date. */
export const DUE_SOON_MS = 3 * DAY_MS;
/** A question or letter unanswered this long (day 8 of its 10) is brought to the admins. */
export const WAITING_MS = 8 * DAY_MS;
/** A review (member binding) pending this long is brought to the admins. */
export const REVIEW_WAITING_MS = 2 * DAY_MS;

const day = (d: Date) => ({ value: formatShanghai(d, 'yyyy/M/d') });

/** Disclosures due within 3 days that the community has not published yet → its admins. */
async function disclosuresDueSoon(db: EntityManager, deps: Deps, now: Date): Promise<Due[]> {
  const [month, quarter] = [shiftPeriod(latestDuePeriod('finance', now), 1), shiftPeriod(latestDuePeriod('party', now), 1)];
  const orgOf = new Map((await db.find(Community, { select: { id: true, organizationId: true } })).map((c) => [c.id, c.organizationId]));
  const rows = await complianceRows(db, { period: month, quarter }, now);
  return rows.items.flatMap((r) =>
    r.categories
      .filter((c) => CATEGORIES.includes(c.category) && c.status === 'not_due' && Date.parse(c.dueAt) - now.getTime() <= DUE_SOON_MS)
      .map((c) => ({
        kind: 'disclosure_due' as const, subject: `disclosure:${r.communityId}:${c.category}:${c.period}`, organizationId: orgOf.get(r.communityId)!,
        template: deps.config.templates.due, page: 'packages/disclosure/pages/admin',
        data: { thing1: thing(`${r.communityName} ${c.period} 公开`), time2: day(new Date(c.dueAt)), thing3: thing('即将到期，请按时公开') },
      })),
  );
}

/** Questions and letters unanswered on day 8 → the admins of the organisation that has them. */
async function waitingAnswers(db: EntityManager, deps: Deps, now: Date): Promise<Due[]> {
  const cutoff = new Date(now.getTime() - WAITING_MS);
  const questions = await db.find(DisclosureQuestion, { where: { status: 'visible', repliedAt: IsNull(), createdAt: LessThanOrEqual(cutoff) }, take: 200 });
  const letters = await db.find(Letter, { where: { status: 'submitted', repliedAt: IsNull(), createdAt: LessThanOrEqual(cutoff) }, take: 200 });
  const message = (what: string, createdAt: Date) => ({ thing1: thing(what), time2: day(createdAt), thing3: thing('已等待8天，请在10天内答复') });
  return [
    ...questions.map((q) => ({
      kind: 'question_waiting' as const, subject: `question:${q.id}`, organizationId: q.organizationId, template: deps.config.templates.overdue,
      page: 'packages/disclosure/pages/admin', data: message(q.content, q.createdAt),
    })),
    ...letters.map((l) => ({
      kind: 'letter_waiting' as const, subject: `letter:${l.id}`, organizationId: l.organizationId, template: deps.config.templates.overdue,
      page: 'packages/letters/pages/desk', data: message(l.title, l.createdAt),
    })),
  ];
}

/** Member bindings pending for more than 2 days → the admins of the organisation asked. */
async function waitingReviews(db: EntityManager, deps: Deps, now: Date): Promise<Due[]> {
  const bindings = await db.find(MemberBinding, { where: { status: 'pending', createdAt: LessThanOrEqual(new Date(now.getTime() - REVIEW_WAITING_MS)) }, take: 200 });
  return bindings.map((b) => ({
    kind: 'review_waiting' as const, subject: `member_binding:${b.id}`, organizationId: b.organizationId, template: deps.config.templates.review,
    page: 'packages/admin/pages/bindings', data: { thing1: thing('党员身份认证待审核'), time2: day(b.createdAt), thing3: thing('已等待2天以上，请尽快审核') },
  }));
}

export async function sendDueReminders(deps: Deps, now: Date): Promise<number> {
  const db = deps.db.manager;
  return sendReminders(deps, [...(await disclosuresDueSoon(db, deps, now)), ...(await waitingAnswers(db, deps, now)), ...(await waitingReviews(db, deps, now))]);
}
