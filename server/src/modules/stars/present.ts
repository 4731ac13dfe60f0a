import { z } from 'zod';
import { Instant, Int } from '../../core/output';
import { pageOf } from '../../core/paging';
import { maskName } from '../members';
import { REVIEW_RESULTS, type StarRating as StarRatingRow } from './entities';
import { STAR_RULE } from './rule';

const Review = z.enum(REVIEW_RESULTS);

/** A member's stars for a year with the points and review behind them and why (`rule`: the rule in words). */
export const StarRating = z
  .object({ memberId: Int, name: z.string(), year: Int, stars: Int.min(1).max(5), points: Int, review: Review.nullable(), reason: z.string(), rule: z.string(), computedAt: Instant })
  .meta({ id: 'StarRating' });

export const StarRatingPage = pageOf(StarRating).extend({ year: Int }).meta({ id: 'StarRatingPage' });
export const MyStars = z.object({ items: z.array(StarRating) }).meta({ id: 'MyStars' });
export const StarComputation = z.object({ organizationId: Int, year: Int, rated: Int }).meta({ id: 'StarComputation' });
export const MemberReview = z.object({ memberId: Int, year: Int, result: Review }).meta({ id: 'MemberReview' });
export const YearRoster = pageOf(
  z.object({ memberId: Int, name: z.string(), bound: z.boolean(), points: Int, review: Review.nullable(), stars: Int.nullable() }).meta({ id: 'YearRosterMember' }),
).extend({ year: Int }).meta({ id: 'YearRoster' });

export const presentRating = (r: StarRatingRow, name: string, fullName: boolean): z.infer<typeof StarRating> => ({
  memberId: r.memberId,
  name: fullName ? name : maskName(name),
  year: r.year,
  stars: r.stars,
  points: r.points,
  review: r.review,
  reason: r.reason,
  rule: STAR_RULE,
  computedAt: r.updatedAt.toISOString(),
});
