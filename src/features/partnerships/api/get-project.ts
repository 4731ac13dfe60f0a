import { request } from '../../../lib/api-client';
import { useFetch } from '../../../lib/use-fetch';
import type { ProjectDetail } from '../types';

export const getProject = (id: number) => request<ProjectDetail>({ path: `/api/partnership-projects/${id}`, toast: false });

export const useProject = (id: number) => useFetch(() => getProject(id), [id], id > 0);
