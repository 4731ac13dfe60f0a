import Taro from '@tarojs/taro';
import { toQueryString } from '../../lib/http';

/** Pages of this area (app.config.ts registers the same lists): residents in packages/campaigns, merchants and alliance admins in packages/merchant. */
export const CAMPAIGN_PAGES = {
  list: '/packages/campaigns/pages/index',
  detail: '/packages/campaigns/pages/detail',
  coupons: '/packages/campaigns/pages/coupons',
  merchantHome: '/packages/merchant/pages/index',
  join: '/packages/merchant/pages/join',
  redeem: '/packages/merchant/pages/redeem',
  stats: '/packages/merchant/pages/stats',
  review: '/packages/merchant/pages/review',
  newCampaign: '/packages/merchant/pages/new-campaign',
} as const;

export const openPage = (page: keyof typeof CAMPAIGN_PAGES, query: Record<string, string | number | undefined> = {}) =>
  void Taro.navigateTo({ url: `${CAMPAIGN_PAGES[page]}${toQueryString(query)}` });

export const PHASE_LABELS = { upcoming: '未开始', running: '进行中', ended: '已结束' } as const;
export const REVIEW_LABELS = { pending: '待审核', approved: '已通过', rejected: '未通过' } as const;
export const CLAIM_LABELS = { unused: '未使用', used: '已使用', expired: '已过期' } as const;
