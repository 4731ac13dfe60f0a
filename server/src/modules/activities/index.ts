import type { AppModule } from '../module';
import { Activity, ActivityNotice, Signup } from './entities';
import { Activities1764000002100 } from './migrations/1764000002100-activities';
import { ActivitiesByEnd1764000002200 } from './migrations/1764000002200-activities-by-end';
import { sendDueNotices } from './notices';
import { repairWaitlists } from './signups';
import { activityRoutes } from './routes';
import { seedActivities } from './seed';

/** What other modules may use (they import this file, never the module's other files). */
export { participationFilter, participationSummary } from './participation';
export { activityCheckIns } from './checkin';
export { ParticipationSummary } from './present';

export const activitiesModule: AppModule = {
  name: 'activities',
  entities: [Activity, Signup, ActivityNotice],
  migrations: [Activities1764000002100, ActivitiesByEnd1764000002200],
  routes: activityRoutes,
  seed: seedActivities,
  jobs: [{ name: 'activity-notices', run: sendDueNotices }, { name: 'activity-waitlist-repair', run: repairWaitlists }],
};
