import type { AppModule } from '../module';
import { PointEntry } from './entities';
import { Points1764000002000 } from './migrations/1764000002000-points';
import { pointRoutes } from './routes';

/** The points ledger. Other modules award points through `awardPoints` in their own transaction. */
export const pointsModule: AppModule = {
  name: 'points',
  entities: [PointEntry],
  migrations: [Points1764000002000],
  routes: pointRoutes,
};
