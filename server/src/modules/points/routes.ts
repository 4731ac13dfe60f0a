import { z } from 'zod';
import { IdParam, Paging } from '../../core/paging';
import { route } from '../../http/route';
import { MyPoints, PointEntry, PointRule, PointRules, Ranking } from './present';
import { RULE_CODES } from './rules';
import { awardByAdmin, correctEntry, editRule, listRules, myPoints, ranking } from './service';

const Year = z.coerce.number().int().min(2000).max(2100).optional();
const Reason = z.string().trim().min(2, '请填写理由').max(150);

export const pointRoutes = [
  route({
    method: 'get', path: '/me/points', access: 'user', response: MyPoints, summary: 'My points ledger for a year, with the rules and what each has paid (members)', query: Paging.extend({ year: Year }),
    handler: ({ deps, actor, query }) => myPoints(deps.db.manager, actor, query, deps.clock.now()),
  }),
  route({
    method: 'get', path: '/points/ranking', access: 'user', response: Ranking, summary: 'Members ranked by points within an organisation (admin)',
    query: Paging.extend({ organizationId: z.coerce.number().int().positive(), year: Year }),
    handler: ({ deps, actor, query }) => ranking(deps.db.manager, actor, query, deps.clock.now()),
  }),
  route({
    method: 'get', path: '/points/rules', access: 'public', response: PointRules, summary: "The year's points rules with their points and yearly caps", query: z.object({ year: Year }),
    handler: ({ deps, query }) => listRules(deps.db.manager, query.year, deps.clock.now()),
  }),
  route({
    method: 'put', path: '/admin/points/rules/:code', access: 'user', response: PointRule, summary: "Set a rule's version for a year (district admin, this year or later)",
    params: z.object({ code: z.enum(RULE_CODES) }),
    body: z.object({ year: z.number().int().min(2000).max(2100), label: z.string().trim().min(2).max(60), points: z.number().int().min(-50).max(50).refine((n) => n !== 0, '分值不能为 0'), yearlyCap: z.number().int().min(1).max(1000).nullable() }),
    handler: ({ deps, actor, params, body }) => editRule(deps, actor, params.code, body),
  }),
  route({
    method: 'post', path: '/admin/points', access: 'user', response: PointEntry, status: 201, summary: "Award a rule's points to a member in scope, with a reason; above the yearly cap 409",
    body: z.object({ memberId: z.number().int().positive(), ruleCode: z.enum(RULE_CODES), note: Reason }),
    handler: ({ deps, actor, body }) => awardByAdmin(deps, actor, body),
  }),
  route({
    method: 'post', path: '/admin/points/:id/correction', access: 'user', response: PointEntry, status: 201, summary: 'Correct a ledger entry by an opposite entry with the reason (once, within its year)',
    params: IdParam, body: z.object({ reason: Reason }),
    handler: ({ deps, actor, params, body }) => correctEntry(deps, actor, params.id, body.reason),
  }),
];
