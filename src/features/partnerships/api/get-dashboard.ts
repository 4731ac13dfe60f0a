import { request } from '../../../lib/api-client';
import { useFetch } from '../../../lib/use-fetch';
import type { Dashboard } from '../types';

/** District admins may pick a street; street admins get theirs; everyone else the public summary. */
export const getDashboard = (streetId?: number) => request<Dashboard>({ path: '/api/dashboard', query: { streetId }, toast: false });

export const useDashboard = (streetId?: number) => useFetch(() => getDashboard(streetId), [streetId]);
