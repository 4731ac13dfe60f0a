import { request } from '../../../lib/api-client';
import { useFetch } from '../../../lib/use-fetch';
import type { Partnership } from '../types';

export const getPartnership = (id: number) => request<Partnership>({ path: `/api/partnerships/${id}`, toast: false });

export const usePartnership = (id: number) => useFetch(() => getPartnership(id), [id], id > 0);
