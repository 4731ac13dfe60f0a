import type { AppModule } from '../module';
import { Objection, PublicNotice } from './entities';
import { PublicNotices1764000014100 } from './migrations/1764000014100-public-notices';
import { noticeRoutes } from './routes';
import { seedPublicNotices } from './seed';

/** What other modules may use (they import this file, never the module's other files). */
export { PublicNoticeSummary, noticeStatus } from './present';
export { noticeOutcome, publishNotice, type NoticeSubject } from './service';

/** Public notices (公示) and objections: generic, published by admins or by other modules for their results. */
export const publicNoticesModule: AppModule = {
  name: 'public-notices',
  entities: [PublicNotice, Objection],
  migrations: [PublicNotices1764000014100],
  routes: noticeRoutes,
  seed: seedPublicNotices,
};
