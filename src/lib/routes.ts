import Taro from '@tarojs/taro';
import { toQueryString, type Query } from './http';

/**
 * Every page of the app, by name: the one table navigation uses (app.config.ts registers the same
 * paths for the build, and a test checks the two agree).
 */
export const PAGES = {
  // Main package: the four tabs and the community picker.
  home: '/pages/index/index',
  disclosures: '/pages/disclosures/index',
  activities: '/pages/activities/index',
  me: '/pages/me/index',
  communityPicker: '/pages/communities/index',
  memberHome: '/packages/member/pages/index',
  adminHome: '/packages/admin/pages/index',
  memberBindings: '/packages/admin/pages/bindings',
  auditLog: '/packages/admin/pages/audit-log',
  consoleLogin: '/packages/admin/pages/console-login',
  appointments: '/packages/admin/pages/appointments',
  memberRoll: '/packages/admin/pages/roll',
  orgTree: '/packages/admin/pages/org-tree',
  newOrganizations: '/packages/admin/pages/new-organizations',
  disclosure: '/packages/disclosure/pages/detail',
  disclosureDesk: '/packages/disclosure/pages/admin',
  disclosureEditor: '/packages/disclosure/pages/editor',
  transparencyRows: '/packages/disclosure/pages/record-rows',
  transparencyRanking: '/packages/disclosure/pages/ranking',
  chainPoster: '/packages/disclosure/pages/poster',
  activity: '/packages/activity/pages/detail',
  myActivities: '/packages/activity/pages/mine',
  myLetters: '/packages/letters/pages/mine',
  lettersDesk: '/packages/letters/pages/desk',
  writeLetter: '/packages/letters/pages/write',
  publicLetters: '/packages/letters/pages/public',
  votes: '/packages/votes/pages/index',
  vote: '/packages/votes/pages/vote',
  notice: '/packages/votes/pages/notice',
  selection: '/packages/votes/pages/selection',
  newSelection: '/packages/votes/pages/new-selection',
  newVote: '/packages/votes/pages/new-vote',
  newNotice: '/packages/votes/pages/new-notice',
  recordMeeting: '/packages/orglife/pages/record',
  myMeetings: '/packages/orglife/pages/mine',
  meetingCompliance: '/packages/orglife/pages/compliance',
  taskLists: '/packages/orglife/pages/tasks',
  taskList: '/packages/orglife/pages/task-list',
  ratings: '/packages/orglife/pages/ratings',
  courses: '/packages/learning/pages/courses',
  course: '/packages/learning/pages/course',
  myExams: '/packages/learning/pages/exams',
  exam: '/packages/learning/pages/exam',
  examResult: '/packages/learning/pages/result',
  courseDesk: '/packages/learning/pages/course-desk',
  newCourse: '/packages/learning/pages/new-course',
  questionBank: '/packages/learning/pages/bank',
  examDesk: '/packages/learning/pages/exam-desk',
  newExam: '/packages/learning/pages/new-exam',
  examResults: '/packages/learning/pages/exam-results',
  myPoints: '/packages/activity/pages/points',
  checkin: '/packages/activity/pages/checkin',
  activityEditor: '/packages/activity/pages/edit',
  roster: '/packages/activity/pages/roster',
  checkinCode: '/packages/activity/pages/qrcode',
  campaigns: '/packages/campaigns/pages/index',
  campaign: '/packages/campaigns/pages/detail',
  myClaims: '/packages/campaigns/pages/claims',
  merchantHome: '/packages/merchant/pages/index',
  campaignJoin: '/packages/merchant/pages/join',
  redeem: '/packages/merchant/pages/redeem',
  campaignStats: '/packages/merchant/pages/stats',
  campaignReview: '/packages/merchant/pages/review',
  newCampaign: '/packages/merchant/pages/new-campaign',
  partnerships: '/packages/partnership/pages/index',
  partnership: '/packages/partnership/pages/detail',
  partnershipProject: '/packages/partnership/pages/project',
  dashboard: '/packages/partnership/pages/dashboard',
  dashboardDrill: '/packages/partnership/pages/drill',
  newPartnership: '/packages/partnership/pages/new-partnership',
  newListItem: '/packages/partnership/pages/new-list-item',
  newProject: '/packages/partnership/pages/new-project',
  moveProject: '/packages/partnership/pages/move-project',
  myStars: '/packages/year/pages/stars',
  commitments: '/packages/year/pages/commitments',
  myCommitments: '/packages/year/pages/my-commitments',
  pointsRanking: '/packages/year/pages/ranking',
  yearAdmin: '/packages/year/pages/admin',
  pointRules: '/packages/year/pages/rules',
  development: '/packages/development/pages/index',
  applicant: '/packages/development/pages/applicant',
  newApplicant: '/packages/development/pages/new-applicant',
  activistRanking: '/packages/development/pages/ranking',
  disqualifyingConditions: '/packages/development/pages/conditions',
  recommendations: '/packages/development/pages/recommendations',
  recommendation: '/packages/development/pages/recommendation',
} as const;

export type PageName = keyof typeof PAGES;

/** The tab bar's pages: reached with switchTab, which takes no query. */
const TABS: readonly PageName[] = ['home', 'disclosures', 'activities', 'me'];

/** A page's URL with its query, e.g. for sharing: `pageUrl('activity', { id: 3 })`. */
export const pageUrl = (page: PageName, query?: Query): string => `${PAGES[page]}${toQueryString(query)}`;

/** Opens a page over the current one; a tab is switched to instead. */
export function openPage(page: PageName, query?: Query): void {
  if (TABS.includes(page)) void Taro.switchTab({ url: PAGES[page] });
  else void Taro.navigateTo({ url: pageUrl(page, query) });
}

/** Back to the page before; a page opened directly (a shared link, after a login) goes to the home tab. */
export function goBack(): void {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack();
  else void Taro.switchTab({ url: PAGES.home });
}

/** The page the user is on, with its query, as openUrl takes it back (e.g. after logging in). */
export function currentPageUrl(): string | undefined {
  const pages = Taro.getCurrentPages();
  const page = pages[pages.length - 1] as { route?: string; path?: string; options?: Record<string, string> } | undefined;
  if (!page?.route) return undefined;
  const [route, search = ''] = (page.path ?? page.route).split('?');
  // weapp keeps the query in options; H5 in the path, with the router's own stamp.
  // (No URLSearchParams: the mini program's JavaScript has none.)
  const query: Record<string, string> = {};
  for (const pair of search.split('&').filter(Boolean)) {
    const [key, value = ''] = pair.split('=');
    query[decodeURIComponent(key)] = decodeURIComponent(value);
  }
  Object.assign(query, page.options);
  for (const key of Object.keys(query)) if (key === 'stamp' || key.startsWith('$taro')) delete query[key];
  return `/${route.replace(/^\//, '')}${toQueryString(query)}`;
}

/** Opens a URL that currentPageUrl gave: a tab by switchTab, any other page over the current one. */
export function openUrl(url: string): void {
  const path = url.split('?')[0];
  if (TABS.some((tab) => PAGES[tab] === path)) void Taro.switchTab({ url: path });
  else void Taro.navigateTo({ url });
}

/** Replaces the current page (after a save, or another version of the same thing). */
export const replacePage = (page: PageName, query?: Query): void => void Taro.redirectTo({ url: pageUrl(page, query) });

/** Where a user without a session is sent: "我的" holds the login (and, in H5, the dev login picker). */
export const LOGIN_PAGE = PAGES.me;
