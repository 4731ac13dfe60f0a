import { request } from '../../../lib/api-client';
import { useFetch } from '../../../lib/use-fetch';
import { usePagedList, type Paged } from '../../../lib/use-paged-list';
import type { Organization } from '../types';

export const listOrganizations = (parentId: number | undefined, page = 1, pageSize = 100) =>
  request<Paged<Organization>>({ path: '/api/organizations', query: { parentId, page, pageSize } });

/** The organisations directly under one (a community's branches), for a picker; none until a parent is chosen. */
export function useChildOrganizations(parentId: number | undefined) {
  return useFetch(() => listOrganizations(parentId as number), [parentId], parentId !== undefined);
}

/** The open organisations directly under one (the district's roots without one), paged for the tree. */
export const useOrganizationChildren = (parentId: number | undefined) =>
  usePagedList((page, pageSize) => listOrganizations(parentId, page, pageSize), [parentId]);
