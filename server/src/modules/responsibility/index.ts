import type { AppModule } from '../module';
import { ContactPoint, OrganizationRating, ResponsibilityTask, SchedulingMeeting, SupervisionVisit, TaskList, TaskUpdate } from './entities';
import { Responsibility1764000017100 } from './migrations/1764000017100-responsibility';
import { responsibilityRoutes } from './routes';
import { seedResponsibility } from './seed';

/** What other modules may use (they import this file, never the module's other files). */
export { taskSummary } from './tasks';

/** 党建责任清单 and 目标责任书, ratings and 软弱涣散 rectification, 联系点督导 and the monthly 调度. */
export const responsibilityModule: AppModule = {
  name: 'responsibility',
  entities: [OrganizationRating, TaskList, ResponsibilityTask, TaskUpdate, ContactPoint, SupervisionVisit, SchedulingMeeting],
  migrations: [Responsibility1764000017100],
  routes: responsibilityRoutes,
  seed: seedResponsibility,
};
