import type { AppModule } from '../module';
import { Course, CourseCompletion } from './entities';
import { Learning1764000006000 } from './migrations/1764000006000-learning';
import { courseRoutes } from './routes';
import { seedLearning } from './seed';

/** What other modules may use (they import this file, never the module's other files). */
export { ancestorPaths, memberOf } from './audience';

/** 流动党校: courses for an organisation's subtree, studied once for points. */
export const learningModule: AppModule = {
  name: 'learning',
  entities: [Course, CourseCompletion],
  migrations: [Learning1764000006000],
  routes: courseRoutes,
  seed: seedLearning,
};
