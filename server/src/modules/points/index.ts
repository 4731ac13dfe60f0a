import type { AppModule } from '../module';
import { PointEntry } from './entities';
import { Points1764000002000 } from './migrations/1764000002000-points';
import { pointRoutes } from './routes';

/** What other modules may use (they import this file, never the module's other files). */
export { PointEntry } from './entities';
export { awardPoints } from './service';

/** The points ledger. Other modules award points through `awardPoints` in their own transaction. */
export const pointsModule: AppModule = {
  name: 'points',
  entities: [PointEntry],
  migrations: [Points1764000002000],
  routes: pointRoutes,
};
