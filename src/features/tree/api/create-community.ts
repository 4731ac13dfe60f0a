import { request } from '../../../lib/api-client';
import type { CommunityKind } from '../../orgs';

/** A community of a street and its party organisation (党委). */
export const createCommunity = (body: { name: string; kind: CommunityKind; streetId: number }) =>
  request<{ id: number; name: string; organizationId: number }>({ method: 'POST', path: '/api/communities', body });
