import { request } from '../../../lib/api-client';
import { useFetch } from '../../../lib/use-fetch';
import type { ActivityDetail } from '../types';

export const getActivity = (id: number) => request<ActivityDetail>({ path: `/api/activities/${id}`, toast: false });

/** One activity with its counts, my sign-up and whether I manage it (waits while there is no id). */
export const useActivity = (id: number | undefined) => useFetch(() => getActivity(id!), [id], !!id);
