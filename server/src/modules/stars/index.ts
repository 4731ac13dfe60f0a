import type { AppModule } from '../module';
import { MemberReview, StarRating } from './entities';
import { Stars1765000002000 } from './migrations/1765000002000-stars';
import { starRoutes } from './routes';
import { seedStars } from './seed';

/** What other modules may use (they import this file, never the module's other files). */
export { yearStanding } from './service';

/** Star ratings (星级党员): yearly reviews (民主评议) and stars from points and review. */
export const starsModule: AppModule = {
  name: 'stars',
  entities: [MemberReview, StarRating],
  migrations: [Stars1765000002000],
  routes: starRoutes,
  seed: seedStars,
};
