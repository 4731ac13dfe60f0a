import { request } from '../../../lib/api-client';
import type { ProjectDetail, ProjectStatus } from '../types';

/** Status only moves forward; a move someone else already made answers 409. */
export const moveProject = (id: number, body: { status: ProjectStatus; progressNote?: string }) =>
  request<ProjectDetail>({ method: 'PATCH', path: `/api/partnership-projects/${id}`, body });
