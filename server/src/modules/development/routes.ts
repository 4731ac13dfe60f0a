import { z } from 'zod';
import { IdParam, Paging } from '../../core/paging';
import { route } from '../../http/route';
import { STAGES } from './entities';
import { Applicant, ApplicantPage, Condition, ConditionPage, DueStepPage, PointEntry, PointEntryPage, RankingPage, Recommendation, RecommendationPage } from './present';
import {
  addPoints, createApplicant, createRound, disqualify, dueSteps, finalizeRound, getApplicant, getRound, listApplicants, listConditions, listPoints, listRounds, moveStage,
  publishRoundNotice, ranking, saveCondition,
} from './service';

const Day = z.iso.date();
const At = z.iso.datetime({ offset: true });
const OrgId = z.coerce.number().int().positive();
const Year = z.coerce.number().int().min(2000).max(2100);

export const developmentRoutes = [
  route({
    method: 'get', path: '/applicants', access: 'user', response: ApplicantPage, summary: "Applicants in my scope with their timeline, by organisation subtree and stage (disqualified ones apart)",
    query: Paging.extend({ organizationId: OrgId.optional(), stage: z.enum(STAGES).optional(), disqualified: z.enum(['true', 'false']).optional().transform((v) => v === 'true') }),
    handler: ({ deps, actor, query }) => listApplicants(deps.db.manager, actor, query, deps.clock.now()),
  }),
  route({
    method: 'post', path: '/applicants', access: 'user', response: Applicant, status: 201, summary: 'Record an applicant (入党申请人) of a branch: name, birth date, application date (no ID number)',
    body: z.strictObject({ name: z.string().trim().min(2).max(30), organizationId: z.number().int().positive(), appliedAt: At, birthDate: Day }),
    handler: ({ deps, actor, body }) => createApplicant(deps, actor, body),
  }),
  route({
    method: 'get', path: '/applicants/due', access: 'user', response: DueStepPage, summary: 'Next steps due in my scope: activists who may become candidates, probationary members due for conversion',
    query: Paging.extend({ organizationId: OrgId.optional() }),
    handler: ({ deps, actor, query }) => dueSteps(deps.db.manager, actor, query, deps.clock.now()),
  }),
  route({
    method: 'get', path: '/applicants/ranking', access: 'user', response: RankingPage, summary: "An organisation's activists ranked by the year's dynamic points (积分纪实)",
    query: Paging.extend({ organizationId: OrgId, year: Year.optional() }),
    handler: ({ deps, actor, query }) => ranking(deps.db.manager, actor, query, deps.clock.now()),
  }),
  route({
    method: 'get', path: '/applicants/disqualifying-conditions', access: 'user', response: ConditionPage, summary: "The district's listed conditions that end an activist's candidacy", query: Paging,
    handler: ({ deps, actor, query }) => listConditions(deps.db.manager, actor, query),
  }),
  route({
    method: 'put', path: '/applicants/disqualifying-conditions/:code', access: 'user', response: Condition, summary: 'District admins add or reword a listed condition',
    params: z.object({ code: z.string().regex(/^[A-Za-z0-9_-]{1,20}$/, '编号为 1–20 位字母、数字、- 或 _') }), body: z.strictObject({ title: z.string().trim().min(2).max(200) }),
    handler: ({ deps, actor, params, body }) => saveCondition(deps, actor, { code: params.code, title: body.title }),
  }),
  route({
    method: 'get', path: '/applicants/:id', access: 'user', response: Applicant, summary: "An applicant's record: every step with its date, note and evidence", params: IdParam,
    handler: ({ deps, actor, params }) => getApplicant(deps.db.manager, actor, params.id, deps.clock.now()),
  }),
  route({
    method: 'post', path: '/applicants/:id/stages', access: 'user', response: Applicant, status: 201, params: IdParam,
    summary: 'Move forward one stage (applicant → activist → candidate → probationary → full), dated, with a note and the evidence; too early for the one-year rules 409',
    body: z.strictObject({ stage: z.enum(STAGES), at: At, note: z.string().trim().min(2).max(1000), evidence: z.array(z.string().trim().min(1).max(100)).min(1).max(20) }),
    handler: ({ deps, actor, params, body }) => moveStage(deps, actor, params.id, body),
  }),
  route({
    method: 'get', path: '/applicants/:id/points', access: 'user', response: PointEntryPage, summary: "An activist's points ledger, newest first", params: IdParam, query: Paging,
    handler: ({ deps, actor, params, query }) => listPoints(deps.db.manager, actor, params.id, query),
  }),
  route({
    method: 'post', path: '/applicants/:id/points', access: 'user', response: PointEntry, status: 201, summary: "Append an entry to an activist's dynamic points (积分纪实)", params: IdParam,
    body: z.strictObject({ delta: z.number().int().min(-100).max(100).refine((d) => d !== 0, '分值不能为 0'), reason: z.string().trim().min(2).max(200) }),
    handler: ({ deps, actor, params, body }) => addPoints(deps, actor, params.id, body),
  }),
  route({
    method: 'post', path: '/applicants/:id/disqualify', access: 'user', response: Applicant, status: 201, summary: 'Disqualify an activist or candidate for a listed condition: they leave the pipeline, the record stays', params: IdParam,
    body: z.strictObject({ conditionCode: z.string().min(1).max(20), note: z.string().trim().min(2).max(1000) }),
    handler: ({ deps, actor, params, body }) => disqualify(deps, actor, params.id, body),
  }),
  route({
    method: 'get', path: '/activist-recommendations', access: 'user', response: RecommendationPage, summary: "An organisation's 差额推荐 rounds, newest year first", query: Paging.extend({ organizationId: OrgId }),
    handler: ({ deps, actor, query }) => listRounds(deps.db.manager, actor, query, deps.clock.now()),
  }),
  route({
    method: 'post', path: '/activist-recommendations', access: 'user', response: Recommendation, status: 201,
    summary: '差额推荐: the activists ranked by points, more than the seats, on a vote of the members (opens now, closes at closesAt, by default in 7 days)',
    body: z.strictObject({ organizationId: z.number().int().positive(), year: z.number().int().min(2000).max(2100), seats: z.number().int().min(1).max(49), closesAt: At.optional() }),
    handler: ({ deps, actor, body }) => createRound(deps, actor, body),
  }),
  route({
    method: 'get', path: '/activist-recommendations/:id', access: 'user', response: Recommendation, summary: 'A round with its vote and notice', params: IdParam,
    handler: ({ deps, actor, params }) => getRound(deps.db.manager, actor, params.id, deps.clock.now()),
  }),
  route({
    method: 'post', path: '/activist-recommendations/:id/notice', access: 'user', response: Recommendation, status: 201, params: IdParam,
    summary: 'After the vote closed, publish the chosen on a 公示 (ends at endsAt, by default in 5 days)', body: z.strictObject({ endsAt: At.optional() }),
    handler: ({ deps, actor, params, body }) => publishRoundNotice(deps, actor, params.id, body),
  }),
  route({
    method: 'post', path: '/activist-recommendations/:id/finalize', access: 'user', response: Recommendation, status: 201, params: IdParam,
    summary: 'After the notice ended with every objection answered, the chosen (less upheld objections) become candidates at `at`', body: z.strictObject({ at: At }),
    handler: ({ deps, actor, params, body }) => finalizeRound(deps, actor, params.id, body),
  }),
];
