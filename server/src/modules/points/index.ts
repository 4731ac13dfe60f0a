import type { AppModule } from '../module';
import { PointAward, PointEntry, PointRule, PointTally } from './entities';
import { Points1764000002000 } from './migrations/1764000002000-points';
import { PointRules1765000001000 } from './migrations/1765000001000-point-rules';
import { pointRoutes } from './routes';
import { seedPoints } from './seed';

/** What other modules may use (they import this file, never the module's other files). */
export { PointEntry } from './entities';
export { attendanceRule } from './rules';
export { awardPoints, openTally, pointsByUser } from './service';

/** The points ledger and its rules. Other modules pay points under a rule through `openTally` + `awardPoints` in their own transaction. */
export const pointsModule: AppModule = {
  name: 'points',
  entities: [PointEntry, PointRule, PointTally, PointAward],
  migrations: [Points1764000002000, PointRules1765000001000],
  routes: pointRoutes,
  seed: seedPoints,
};
