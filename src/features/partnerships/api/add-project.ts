import { request } from '../../../lib/api-client';
import type { ProjectCategory, ProjectDetail } from '../types';

export interface NewProject {
  title: string;
  category: ProjectCategory;
  description: string;
  ownerCommunityId: number;
  plannedStart?: string;
  plannedEnd?: string;
}

export const addProject = (partnershipId: number, body: NewProject) =>
  request<ProjectDetail>({ method: 'POST', path: `/api/partnerships/${partnershipId}/projects`, body });
