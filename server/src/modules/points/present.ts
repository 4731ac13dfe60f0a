import type { PointEntry } from './entities';

export const presentPointEntry = (e: PointEntry) => ({
  id: e.id,
  delta: e.delta,
  reason: e.reason,
  source: { type: e.sourceType, id: e.sourceId },
  createdAt: e.createdAt.toISOString(),
});
