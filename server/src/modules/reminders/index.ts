import type { AppModule } from '../module';
import { Reminder } from './entities';
import { sendDueReminders } from './jobs';
import { Reminders1764000005100 } from './migrations/1764000005100-reminders';

/** Reminders to admins (subscribe messages): disclosures due soon, questions and letters waiting, reviews waiting. */
export const remindersModule: AppModule = {
  name: 'reminders',
  entities: [Reminder],
  migrations: [Reminders1764000005100],
  routes: [],
  jobs: [{ name: 'reminders.send', run: sendDueReminders }],
};
