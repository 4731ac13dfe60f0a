import { get, patch, type Paged } from '../../lib/api';
import type { Schemas } from '../../lib/schema';

export type ProjectStatus = Schemas['PartnershipProjectRow']['status'];
export const PROJECT_STATUS: Record<ProjectStatus, string> = { planned: '计划中', started: '推进中', completed: '已完成' };
export const PROJECT_CATEGORY: Record<Project['category'], string> = { income: '增收', livelihood: '民生', party_building: '党建' };
export type Partnership = Schemas['Partnership'];
export type Project = Schemas['PartnershipProjectRow'];
export const partnerships = (q: { page: number; pageSize: number; year?: number }) => get<Paged<Partnership>>('/partnerships', q);
export const projects = (q: { status: ProjectStatus; pageSize: number }) => get<Paged<Project>>('/partnership-projects', q);
export const moveProject = (id: number, status: ProjectStatus) => patch<Project>(`/partnership-projects/${id}`, { status });
