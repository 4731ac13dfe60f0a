import { latestDue, monthOf, periodRange, quarterAt, shanghaiTime, yearOf, MONTH, QUARTER, YEAR } from '../../core/time';

/**
 * 三会一课 and the yearly meetings (DOMAIN.md), with the cadence compliance holds each to: 支委会 and
 * 党小组会 every month, 支部党员大会 and 党课 every quarter, 组织生活会 and 民主评议党员 every year.
 */
export const MEETING_KINDS = ['branch_general', 'branch_committee', 'group', 'party_lecture', 'org_life', 'democratic_review'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export type Cadence = 'monthly' | 'quarterly' | 'yearly';

export const MEETING_CADENCE: Record<MeetingKind, Cadence> = {
  branch_committee: 'monthly',
  group: 'monthly',
  branch_general: 'quarterly',
  party_lecture: 'quarterly',
  org_life: 'yearly',
  democratic_review: 'yearly',
};

const PATTERN: Record<Cadence, RegExp> = { monthly: MONTH, quarterly: QUARTER, yearly: YEAR };

/** The period (`2026-03`, `2026-Q1`, `2026`) of a kind's cadence that `d` falls in. */
export function periodAt(kind: MeetingKind, d: Date): string {
  const cadence = MEETING_CADENCE[kind];
  return cadence === 'monthly' ? monthOf(d) : cadence === 'quarterly' ? quarterAt(d) : String(yearOf(d));
}

export const fitsCadence = (kind: MeetingKind, period: string) => PATTERN[MEETING_CADENCE[kind]].test(period);

/**
 * When a period's meeting is due: monthly and quarterly ones within the period; the yearly
 * 组织生活会 and 民主评议 by the end of March of the next year (the 2017 article: "截至3月底前 … 已全部召开").
 */
export function meetingDueAt(kind: MeetingKind, period: string): Date {
  if (MEETING_CADENCE[kind] !== 'yearly') return periodRange(period).to;
  return shanghaiTime(Number(period) + 1, 4, 1);
}

/** The latest month, quarter and year whose meetings are already due at `now`: what compliance shows by default. */
export function latestDuePeriods(now: Date) {
  return {
    month: latestDue(monthOf(now), (p) => meetingDueAt('branch_committee', p), now),
    quarter: latestDue(quarterAt(now), (p) => meetingDueAt('branch_general', p), now),
    year: latestDue(String(yearOf(now)), (p) => meetingDueAt('org_life', p), now),
  };
}
