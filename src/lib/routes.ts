/** Page paths used for navigation (app.config.ts lists the same pages for the build). */
export const ROUTES = {
  home: '/pages/index/index',
  disclosures: '/pages/disclosures/index',
  activities: '/pages/activities/index',
  me: '/pages/me/index',
  communityPicker: '/pages/communities/index',
  member: '/packages/member/pages/index',
  merchant: '/packages/merchant/pages/index',
  admin: '/packages/admin/pages/index',
  partnership: '/packages/partnership/pages/index',
  campaigns: '/packages/campaigns/pages/index',
} as const;

/** Where a user without a session is sent: "我的" holds the login (and, in H5, the dev login picker). */
export const LOGIN_PAGE = ROUTES.me;
