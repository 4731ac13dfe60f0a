import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { ApartmentOutlined, AuditOutlined, CalendarOutlined, CarryOutOutlined, CloudUploadOutlined, CrownOutlined, DashboardOutlined, FileTextOutlined, ReadOutlined, ShopOutlined, StarOutlined, TeamOutlined, TrophyOutlined, UserAddOutlined, UsergroupAddOutlined } from '@ant-design/icons';

/**
 * The console's areas: one route and one menu entry each, each its own chunk. Adding a page is one
 * entry here.
 */
export interface Area {
  path: string;
  name: string;
  icon: React.ReactNode;
  page: LazyExoticComponent<ComponentType>;
}

export const areas: Area[] = [
  { path: '/dashboard', name: '区级看板', icon: <DashboardOutlined />, page: lazy(() => import('./pages/dashboard/DashboardPage')) },
  { path: '/disclosures', name: '三务公开', icon: <FileTextOutlined />, page: lazy(() => import('./pages/disclosures/DisclosuresPage')) },
  { path: '/activities', name: '活动管理', icon: <CalendarOutlined />, page: lazy(() => import('./pages/activities/ActivitiesPage')) },
  { path: '/members', name: '党员管理', icon: <TeamOutlined />, page: lazy(() => import('./pages/members/MembersPage')) },
  { path: '/year', name: '积分与星级', icon: <StarOutlined />, page: lazy(() => import('./pages/year/YearPage')) },
  { path: '/votes', name: '投票与公示', icon: <TrophyOutlined />, page: lazy(() => import('./pages/votes/VotesPage')) },
  { path: '/development', name: '发展党员', icon: <UserAddOutlined />, page: lazy(() => import('./pages/development/DevelopmentPage')) },
  { path: '/organizations', name: '组织架构', icon: <ApartmentOutlined />, page: lazy(() => import('./pages/orgs/OrganizationsPage')) },
  { path: '/appointments', name: '管理员任命', icon: <CrownOutlined />, page: lazy(() => import('./pages/appointments/AppointmentsPage')) },
  { path: '/merchants', name: '商户与商圈活动', icon: <ShopOutlined />, page: lazy(() => import('./pages/campaigns/CampaignsPage')) },
  { path: '/orglife', name: '组织生活', icon: <CarryOutOutlined />, page: lazy(() => import('./pages/orglife/OrgLifePage')) },
  { path: '/learning', name: '学习考试', icon: <ReadOutlined />, page: lazy(() => import('./pages/learning/LearningPage')) },
  { path: '/partnerships', name: '联建共建', icon: <UsergroupAddOutlined />, page: lazy(() => import('./pages/partnerships/PartnershipsPage')) },
  { path: '/imports', name: '数据导入', icon: <CloudUploadOutlined />, page: lazy(() => import('./pages/imports/ImportsPage')) },
  { path: '/audit', name: '操作日志', icon: <AuditOutlined />, page: lazy(() => import('./pages/audit/AuditPage')) },
];
