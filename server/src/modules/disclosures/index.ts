import type { AppModule } from '../module';
import { ChainEntry, Disclosure, DisclosureQuestion } from './entities';
import { Disclosures1764000001200 } from './migrations/1764000001200-disclosures';
import { Withdrawal1764000006200 } from './migrations/1764000006200-withdrawal';
import { MajorMatter1765000020000 } from './migrations/1765000020000-major';
import { disclosureRoutes } from './routes';
import { seedDisclosures } from './seed';
import { flushViews } from './views';

/** What other modules may use (they import this file, never the module's other files). */
export { complianceRows, complianceSummary, type ComplianceStatus } from './compliance';
export { chainHead } from './chain';
export { GENESIS_HASH, linkHash as chainLinkHash } from './canonical';
export { publishedContentHash } from './present';
export { CATALOGUE, CATEGORIES, latestDuePeriod, type Category } from './catalogue';
export { COMPLIANCE_STATUSES } from './schemas';
export { Disclosure, DisclosureQuestion, type FinanceItem } from './entities';
export { createDraftIn, updateDraftIn } from './service';
export { ANSWER_WITHIN_MS, ComplianceSummary } from './present';

export const disclosuresModule: AppModule = {
  name: 'disclosures',
  entities: [Disclosure, ChainEntry, DisclosureQuestion],
  migrations: [Disclosures1764000001200, Withdrawal1764000006200, MajorMatter1765000020000],
  routes: disclosureRoutes,
  seed: seedDisclosures,
  jobs: [{ name: 'disclosures.flush-views', run: flushViews }],
};
