import { request } from '../../../lib/api-client';
import { useFetch } from '../../../lib/use-fetch';
import type { Paged } from '../../../lib/use-paged-list';
import type { Organization } from '../types';

export const listOrganizations = (parentId: number) =>
  request<Paged<Organization>>({ path: '/api/organizations', query: { parentId, pageSize: 100 } });

/** The organisations directly under one (a community's branches), for a picker; none until a parent is chosen. */
export function useChildOrganizations(parentId: number | undefined) {
  return useFetch(() => listOrganizations(parentId as number), [parentId], parentId !== undefined);
}
