import { request } from '../../../lib/api-client';
import { usePagedList, type Paged } from '../../../lib/use-paged-list';
import type { ProjectCategory, ProjectInList, ProjectStatus } from '../types';

export interface ProjectQuery {
  streetId?: number;
  year?: number;
  category?: ProjectCategory;
  status?: ProjectStatus;
}

/** The projects behind a dashboard figure: the server counts with the same filters. */
export const listProjects = (q: ProjectQuery & { page: number; pageSize: number }) =>
  request<Paged<ProjectInList>>({ path: '/api/partnership-projects', query: { ...q }, toast: false });

export const useProjectList = (q: ProjectQuery) =>
  usePagedList((page, pageSize) => listProjects({ ...q, page, pageSize }), [q.streetId, q.year, q.category, q.status]);
