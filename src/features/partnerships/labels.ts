import type { ComplianceStatus, Coverage, ListKind, ProjectCategory, ProjectStatus } from './types';

export const LIST_KIND_LABELS: Record<ListKind, string> = { resource: '资源清单', need: '需求清单', service: '服务清单' };
export const CATEGORY_LABELS: Record<ProjectCategory, string> = { income: '增收', livelihood: '民生', party_building: '党建' };
export const STATUS_LABELS: Record<ProjectStatus, string> = { planned: '计划中', started: '已启动', completed: '已完成' };
export const COMPLIANCE_LABELS: Record<ComplianceStatus, string> = { on_time: '按时', late: '逾期', missing: '待公开', not_due: '未到期' };
export const COVERAGE_LABELS: Record<Coverage, string> = { own: '单独建立', joint: '联合建立', established: '已建立', none: '未建立' };

/** The statuses a project may move to from `status` (the server refuses any other with 409). */
export const nextStatuses = (status: ProjectStatus): ProjectStatus[] =>
  (['planned', 'started', 'completed'] as const).filter((_, i, all) => i > all.indexOf(status));

export const partnershipName = (p: { communityA: { name: string }; communityB: { name: string } }) => `${p.communityA.name} — ${p.communityB.name}`;
