import { z } from 'zod';
import { Instant, Int } from '../../core/output';
import { pageOf } from '../../core/paging';
import { VoteSchema } from '../votes';
import { STAGES, type ActivistRecommendation, type Applicant as ApplicantRow, type ApplicantPoint, type ApplicantStep, type DisqualifyingCondition as ConditionRow } from './entities';

export const Step = z.object({ stage: z.enum(STAGES), at: Instant, note: z.string(), evidence: z.array(z.string()) }).meta({ id: 'ApplicantStep' });

/** An applicant with the timeline of every step (their record), for the branch's scope admins only. */
export const Applicant = z
  .object({
    id: Int, organizationId: Int, organizationName: z.string(), name: z.string(), birthDate: z.string(), appliedAt: Instant,
    stage: z.enum(STAGES), stageAt: Instant,
    /** This year's dynamic points (积分纪实). */
    points: Int,
    disqualified: z.object({ code: z.string(), title: z.string(), note: z.string(), at: Instant }).nullable(),
    steps: z.array(Step),
  })
  .meta({ id: 'Applicant' });
export const ApplicantPage = pageOf(Applicant);
export type ApplicantOut = z.infer<typeof Applicant>;

export const PointEntry = z.object({ id: Int, applicantId: Int, year: Int, delta: Int, reason: z.string(), at: Instant }).meta({ id: 'ApplicantPointEntry' });
export const PointEntryPage = pageOf(PointEntry);

export const RankingEntry = z.object({ rank: Int, applicantId: Int, name: z.string(), points: Int }).meta({ id: 'ActivistRanking' });
export const RankingPage = pageOf(RankingEntry);

/** The next step an applicant is due for: from `dueAt` on an activist may become a candidate, a probationary member is due for conversion. */
export const DueStep = z
  .object({ applicantId: Int, name: z.string(), organizationId: Int, stage: z.enum(STAGES), next: z.enum(STAGES), dueAt: Instant, overdue: z.boolean(), rule: z.string() })
  .meta({ id: 'DevelopmentDueStep' });
export const DueStepPage = pageOf(DueStep);

export const Condition = z.object({ code: z.string(), title: z.string() }).meta({ id: 'DisqualifyingCondition' });
export const ConditionPage = pageOf(Condition);

export const RECOMMENDATION_STATES = ['voting', 'notice', 'finalized'] as const;

/** A 差额推荐 round: the ranked activists with their votes (once the vote closed), the vote, the notice's outcome. */
export const Recommendation = z
  .object({
    id: Int, organizationId: Int, year: Int, seats: Int, status: z.enum(RECOMMENDATION_STATES),
    candidates: z.array(z.object({ applicantId: Int, name: z.string(), points: Int, votes: Int.nullable(), chosen: z.boolean(), promoted: z.boolean() })),
    vote: VoteSchema,
    notice: z.object({ id: Int, endsAt: Instant, ended: z.boolean(), unanswered: Int, upheldApplicantIds: z.array(Int) }).nullable(),
  })
  .meta({ id: 'ActivistRecommendation' });
export const RecommendationPage = pageOf(Recommendation);
export type RecommendationOut = z.infer<typeof Recommendation>;
export type VoteOut = z.infer<typeof VoteSchema>;
export type NoticeOut = RecommendationOut['notice'];

export const presentStep = (s: ApplicantStep): z.infer<typeof Step> => ({ stage: s.stage, at: s.at.toISOString(), note: s.note, evidence: s.evidence });

export function presentApplicant(a: ApplicantRow, o: { organizationName: string; points: number; steps: ApplicantStep[]; conditionTitle: string }): ApplicantOut {
  return {
    id: a.id, organizationId: a.organizationId, organizationName: o.organizationName, name: a.name, birthDate: a.birthDate, appliedAt: a.appliedAt.toISOString(),
    stage: a.stage, stageAt: a.stageAt.toISOString(), points: o.points,
    disqualified: a.disqualifiedAt ? { code: a.disqualifiedCode!, title: o.conditionTitle, note: a.disqualifiedNote ?? '', at: a.disqualifiedAt.toISOString() } : null,
    steps: o.steps.map(presentStep),
  };
}

export const presentPoint = (p: ApplicantPoint): z.infer<typeof PointEntry> => ({ id: p.id, applicantId: p.applicantId, year: p.year, delta: p.delta, reason: p.reason, at: p.createdAt.toISOString() });

export const presentCondition = (c: ConditionRow): z.infer<typeof Condition> => ({ code: c.code, title: c.title });

export function presentRecommendation(r: ActivistRecommendation, vote: VoteOut, notice: NoticeOut): RecommendationOut {
  const counts = new Map(vote.options.map((o, i) => [i, o.count]));
  return {
    id: r.id, organizationId: r.organizationId, year: r.year, seats: r.seats, status: r.status,
    candidates: r.candidates.map((c) => ({
      applicantId: c.applicantId, name: c.name, points: c.points, votes: counts.get(c.position) ?? null,
      chosen: !!r.chosen?.includes(c.applicantId), promoted: !!r.promoted?.includes(c.applicantId),
    })),
    vote, notice,
  };
}
