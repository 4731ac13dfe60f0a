import { z } from 'zod';
import { Paging } from '../../core/paging';
import { route } from '../../http/route';
import { REVIEW_RESULTS } from './entities';
import { MemberReview, MyStars, StarComputation, StarRatingPage, YearRoster } from './present';
import { computeStars, listRatings, myStars, recordReview, roster } from './service';

const Year = z.number().int().min(2000).max(2100);
const OrgYear = Paging.extend({ organizationId: z.coerce.number().int().positive(), year: z.coerce.number().int().min(2000).max(2100).optional() });

export const starRoutes = [
  route({
    method: 'get', path: '/star-ratings', access: 'optional', response: StarRatingPage, summary: "Each member's stars (1–5) under an organisation with the points and review behind them (names masked but for its admins)", query: OrgYear,
    handler: ({ deps, actor, query }) => listRatings(deps.db.manager, actor, query, deps.clock.now()),
  }),
  route({
    method: 'post', path: '/star-ratings/compute', access: 'user', response: StarComputation, summary: 'Rate every member of the subtree from points and review (scope admin); a rerun gives the same',
    body: z.object({ organizationId: z.number().int().positive(), year: Year }),
    handler: ({ deps, actor, body }) => computeStars(deps, actor, body),
  }),
  route({
    method: 'put', path: '/star-ratings/reviews', access: 'user', response: MemberReview, summary: "Record a member's 民主评议 result for a year (scope admin)",
    body: z.object({ memberId: z.number().int().positive(), year: Year, result: z.enum(REVIEW_RESULTS) }),
    handler: ({ deps, actor, body }) => recordReview(deps, actor, body),
  }),
  route({
    method: 'get', path: '/admin/year-roster', access: 'user', response: YearRoster, summary: "An organisation's members with the year's points, review and stars (scope admin)", query: OrgYear,
    handler: ({ deps, actor, query }) => roster(deps.db.manager, actor, query, deps.clock.now()),
  }),
  route({
    method: 'get', path: '/me/stars', access: 'user', response: MyStars, summary: 'My stars for every year rated, with why (members)',
    handler: ({ deps, actor }) => myStars(deps.db.manager, actor),
  }),
];
