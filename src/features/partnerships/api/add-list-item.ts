import { request } from '../../../lib/api-client';
import type { ListKind, PartnershipListItem } from '../types';

/** Only an admin of that community may add to its lists. */
export const addListItem = (partnershipId: number, body: { communityId: number; kind: ListKind; content: string }) =>
  request<PartnershipListItem>({ method: 'POST', path: `/api/partnerships/${partnershipId}/list-items`, body });
