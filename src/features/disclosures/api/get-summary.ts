import { request } from '../../../lib/api-client';
import { useFetch } from '../../../lib/use-fetch';
import type { DisclosureCommunitySummary } from '../types';

export const getDisclosureSummary = (communityId: number) =>
  request<DisclosureCommunitySummary>({ path: `/api/communities/${communityId}/disclosure-summary`, toast: false });

/** Counts per category and the latest publications of a community; waits until one is chosen. */
export const useDisclosureSummary = (communityId: number | undefined) =>
  useFetch(() => getDisclosureSummary(communityId!), [communityId], communityId !== undefined);
