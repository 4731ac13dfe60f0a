import { request } from '../../../lib/api-client';
import { usePagedList, type Paged } from '../../../lib/use-paged-list';
import type { ParticipationRow } from '../types';

/** The held activities behind the 活动参与 figures, each with its sign-ups and check-ins (activities module). */
export const listParticipation = (q: { streetId?: number; year?: number; page: number; pageSize: number }) =>
  request<Paged<ParticipationRow>>({ path: '/api/activity-participation', query: { ...q }, toast: false });

export const useParticipationList = (streetId?: number, year?: number) =>
  usePagedList((page, pageSize) => listParticipation({ streetId, year, page, pageSize }), [streetId, year]);
