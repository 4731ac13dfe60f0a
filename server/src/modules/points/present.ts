import { z } from 'zod';
import { Instant, Int } from '../../core/output';
import { pageOf } from '../../core/paging';
import { POINT_SOURCES, type PointEntry as PointEntryRow } from './entities';

export const PointEntry = z
  .object({ id: Int, delta: Int, reason: z.string(), source: z.object({ type: z.enum(POINT_SOURCES), id: Int }), createdAt: Instant })
  .meta({ id: 'PointEntry' });

/** A member's year: the total, and one page of its entries (`entryCount` of them in all). */
export const MyPoints = z
  .object({ year: Int, total: Int, entries: z.array(PointEntry), entryCount: Int, page: Int, pageSize: Int })
  .meta({ id: 'MyPoints' });

export const Ranking = pageOf(z.object({ rank: Int, userId: Int, nickname: z.string(), points: Int }).meta({ id: 'RankedMember' }))
  .extend({ year: Int })
  .meta({ id: 'PointRanking' });

export const presentPointEntry = (e: PointEntryRow): z.infer<typeof PointEntry> => ({
  id: e.id,
  delta: e.delta,
  reason: e.reason,
  source: { type: e.sourceType, id: e.sourceId },
  createdAt: e.createdAt.toISOString(),
});
