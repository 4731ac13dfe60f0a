import type { AppModule } from '../module';
import { Alliance, Campaign, CampaignEntry, Claim, Merchant } from './entities';
import { Campaigns1764000003000 } from './migrations/1764000003000-campaigns';
import { campaignRoutes } from './routes';
import { seedCampaigns } from './seed';

/** What other modules may use (they import this file, never the module's other files). */
export { merchantOf } from './merchants';
export { Merchant } from './present';

/** 党建红盟 and their campaigns: alliances, merchants, campaigns with merchants' offers, residents' claims and redemptions. */
export const campaignsModule: AppModule = {
  name: 'campaigns',
  entities: [Alliance, Merchant, Campaign, CampaignEntry, Claim],
  migrations: [Campaigns1764000003000],
  routes: campaignRoutes,
  seed: seedCampaigns,
};
