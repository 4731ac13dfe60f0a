import { get, patch, type Paged } from '../../lib/api';

export type ProjectStatus = 'planned' | 'started' | 'completed';
export const PROJECT_STATUS: Record<ProjectStatus, string> = { planned: '计划中', started: '推进中', completed: '已完成' };
export const PROJECT_CATEGORY: Record<string, string> = { income: '增收', livelihood: '民生', party_building: '党建' };
interface Side {
  id: number;
  name: string;
  streetName: string;
}
export interface Partnership {
  id: number;
  year: number;
  communityA: Side;
  communityB: Side;
  signedAt: string;
  agreementTitle: string;
  lists: Record<'resource' | 'need' | 'service', { id: number; communityId: number; content: string }[]>;
}
export interface Project {
  id: number;
  title: string;
  category: string;
  status: ProjectStatus;
  ownerCommunity: Side;
  partnership: { communityA: Side; communityB: Side };
}
export const partnerships = (q: { page: number; pageSize: number; year?: number }) => get<Paged<Partnership>>('/partnerships', q);
export const projects = (q: { status: ProjectStatus; pageSize: number }) => get<Paged<Project>>('/partnership-projects', q);
export const moveProject = (id: number, status: ProjectStatus) => patch<Project>(`/partnership-projects/${id}`, { status });
