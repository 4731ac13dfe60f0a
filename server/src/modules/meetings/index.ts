import type { AppModule } from '../module';
import { Meeting, MeetingAttendance } from './entities';
import { Meetings1764000017000 } from './migrations/1764000017000-meetings';
import { meetingRoutes } from './routes';
import { seedMeetings } from './seed';

/** What other modules may use (they import this file, never the module's other files). */
export { meetingComplianceSummary } from './compliance';
export { MeetingComplianceSummary } from './present';

/** 三会一课 and the yearly meetings: records with attendance, and compliance with their cadence. */
export const meetingsModule: AppModule = {
  name: 'meetings',
  entities: [Meeting, MeetingAttendance],
  migrations: [Meetings1764000017000],
  routes: meetingRoutes,
  seed: seedMeetings,
};
