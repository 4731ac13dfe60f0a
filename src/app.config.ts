// Main package: the four tabs and the community picker a resident needs first. Every other area
// is a subpackage, downloaded on demand (preloaded from the page that links to it).
export default defineAppConfig({
  pages: ['pages/index/index', 'pages/disclosures/index', 'pages/activities/index', 'pages/me/index', 'pages/communities/index'],
  subPackages: [
    { root: 'packages/member', pages: ['pages/index'] },
    // Merchants (register, join, redeem, stats) and the alliance admins' review desk.
    { root: 'packages/merchant', pages: ['pages/index', 'pages/join', 'pages/redeem', 'pages/stats', 'pages/review', 'pages/new-campaign'] },
    // The admins' home (scopes, every admin tool), member binding review, the audit log, the desk console's scan login,
    // and running a district: appointments, the member roll, the organisation tree, the 两新 rows.
    { root: 'packages/admin', pages: ['pages/index', 'pages/bindings', 'pages/audit-log', 'pages/console-login', 'pages/appointments', 'pages/roll', 'pages/org-tree', 'pages/new-organizations'] },
    {
      root: 'packages/partnership',
      pages: ['pages/index', 'pages/detail', 'pages/project', 'pages/dashboard', 'pages/drill', 'pages/new-partnership', 'pages/new-list-item', 'pages/new-project', 'pages/move-project'],
    },
    // Residents browsing merchant campaigns and claiming offers; merchants' own tools are in packages/merchant.
    { root: 'packages/campaigns', pages: ['pages/index', 'pages/detail', 'pages/claims'] },
    // 三务公开: a disclosure's detail (finance table, chain check, questions), the admin's desk and editor, the 公开档案's rows and ranking, the 公开栏 poster of the chain head.
    { root: 'packages/disclosure', pages: ['pages/detail', 'pages/admin', 'pages/editor', 'pages/record-rows', 'pages/ranking', 'pages/poster'] },
    // 活动: detail (sign-up, waiting list), my activities and points, check-in; the admin's editor, roster and check-in QR screen.
    { root: 'packages/activity', pages: ['pages/detail', 'pages/mine', 'pages/points', 'pages/checkin', 'pages/edit', 'pages/roster', 'pages/qrcode'] },
    // 群众来信: writing one, a community's public letters, my letters with the reply and my rating; the admin's letters desk.
    { root: 'packages/letters', pages: ['pages/mine', 'pages/desk', 'pages/write', 'pages/public'] },
    // 投票与公示: open votes and the ballot, notices with objections, the 阳光党员 selection and its wizard.
    { root: 'packages/votes', pages: ['pages/index', 'pages/vote', 'pages/notice', 'pages/selection', 'pages/new-selection', 'pages/new-vote', 'pages/new-notice'] },
    // 党员的一年: my stars, commitments (a community's, mine); the admin's awards, reviews and stars, ranking and rules.
    { root: 'packages/year', pages: ['pages/stars', 'pages/commitments', 'pages/my-commitments', 'pages/ranking', 'pages/admin', 'pages/rules'] },
    // 学习考试: 流动党校 courses, my exams, the exam screen and results; the admin's courses, bank import, exam setup and results.
    {
      root: 'packages/learning',
      pages: ['pages/courses', 'pages/course', 'pages/exams', 'pages/exam', 'pages/result', 'pages/course-desk', 'pages/new-course', 'pages/bank', 'pages/exam-desk', 'pages/new-exam', 'pages/exam-results'],
    },
    // 发展党员: the pipeline by stage with the due steps, an applicant's record (moves, points, disqualification), the points ranking, 差额推荐 rounds, the district's conditions.
    {
      root: 'packages/development',
      pages: ['pages/index', 'pages/applicant', 'pages/new-applicant', 'pages/ranking', 'pages/conditions', 'pages/recommendations', 'pages/recommendation'],
    },
    // 组织生活: record a meeting with attendance, my attendance, 三会一课 compliance, 责任清单 and 软弱涣散 ratings with their rectification.
    { root: 'packages/orglife', pages: ['pages/record', 'pages/mine', 'pages/compliance', 'pages/tasks', 'pages/task-list', 'pages/ratings'] },
  ],
  preloadRule: {
    'pages/index/index': { network: 'all', packages: ['packages/campaigns', 'packages/partnership'] },
    'pages/disclosures/index': { network: 'all', packages: ['packages/disclosure'] },
    'pages/activities/index': { network: 'all', packages: ['packages/activity'] },
    'pages/me/index': { network: 'all', packages: ['packages/member', 'packages/merchant', 'packages/admin'] },
  },
  window: {
    // The native bar in weapp; in H5 it asks Taro's router for its bar (title from each page's
    // navigationBarTitleText, back, or home when the page was opened directly), styled in app.scss.
    navigationStyle: 'default',
    navigationBarBackgroundColor: '#C8161D',
    navigationBarTitleText: '阳光党建',
    navigationBarTextStyle: 'white',
    backgroundColor: '#F5F6F7',
    backgroundTextStyle: 'dark',
  },
  tabBar: {
    color: '#6B7079',
    selectedColor: '#C8161D',
    backgroundColor: '#FFFFFF',
    borderStyle: 'white',
    list: [
      { pagePath: 'pages/index/index', text: '首页', iconPath: 'assets/tabbar/home.png', selectedIconPath: 'assets/tabbar/home-active.png' },
      { pagePath: 'pages/disclosures/index', text: '三务公开', iconPath: 'assets/tabbar/disclosures.png', selectedIconPath: 'assets/tabbar/disclosures-active.png' },
      { pagePath: 'pages/activities/index', text: '活动', iconPath: 'assets/tabbar/activities.png', selectedIconPath: 'assets/tabbar/activities-active.png' },
      { pagePath: 'pages/me/index', text: '我的', iconPath: 'assets/tabbar/me.png', selectedIconPath: 'assets/tabbar/me-active.png' },
    ],
  },
  // Personal data (lib/privacy.ts COLLECTED_DATA: name and phone for the party-member binding, a
  // merchant's phone, chosen photos and files) is collected only after the user agrees to the
  // privacy guide: components/PrivacyPopup lists it and answers wx.onNeedPrivacyAuthorization.
  __usePrivacyCheck__: true,
  lazyCodeLoading: 'requiredComponents',
});
