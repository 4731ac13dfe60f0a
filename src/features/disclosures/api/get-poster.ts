import { request } from '../../../lib/api-client';
import { useFetch } from '../../../lib/use-fetch';
import type { ChainPoster } from '../types';

/** The 公开栏 poster of a community's chain head (drawn by the server: the QR code, the grouped hex). */
export const useChainPoster = (communityId: number) =>
  useFetch(() => request<ChainPoster>({ path: `/api/communities/${communityId}/disclosure-chain/poster`, toast: false }), [communityId], communityId > 0);
