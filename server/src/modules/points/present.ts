import { z } from 'zod';
import { Instant, Int } from '../../core/output';
import { pageOf } from '../../core/paging';
import { POINT_SOURCES, type PointEntry as PointEntryRow } from './entities';
import { RULE_CATEGORIES } from './rules';

export const PointEntry = z
  .object({ id: Int, delta: Int, reason: z.string(), source: z.object({ type: z.enum(POINT_SOURCES), id: Int }), ruleCode: z.string().nullable(), createdAt: Instant })
  .meta({ id: 'PointEntry' });

/** A rule as it stands in a year (`year`: the version in force). Deductions have negative points; the cap is in absolute points. */
export const PointRule = z
  .object({ code: z.string(), category: z.enum(RULE_CATEGORIES), label: z.string(), points: Int, yearlyCap: Int.nullable(), year: Int })
  .meta({ id: 'PointRule' });

export const PointRules = z.array(PointRule).meta({ id: 'PointRules' });

/** A member's year: the total, the rules with what each has paid so far, and one page of its entries (`entryCount` in all). */
export const MyPoints = z
  .object({
    year: Int, total: Int, rules: z.array(PointRule.extend({ used: Int }).meta({ id: 'MyPointRule' })),
    entries: z.array(PointEntry), entryCount: Int, page: Int, pageSize: Int,
  })
  .meta({ id: 'MyPoints' });

export const Ranking = pageOf(z.object({ rank: Int, userId: Int, nickname: z.string(), points: Int }).meta({ id: 'RankedMember' }))
  .extend({ year: Int })
  .meta({ id: 'PointRanking' });

export const presentPointEntry = (e: PointEntryRow): z.infer<typeof PointEntry> => ({
  id: e.id,
  delta: e.delta,
  reason: e.reason,
  source: { type: e.sourceType, id: e.sourceId },
  ruleCode: e.ruleCode,
  createdAt: e.createdAt.toISOString(),
});
