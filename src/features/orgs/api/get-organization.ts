import { request } from '../../../lib/api-client';
import { useFetch } from '../../../lib/use-fetch';
import type { Organization } from '../types';

export const getOrganization = (id: number) => request<Organization>({ path: `/api/organizations/${id}` });

/** One organisation; nothing until an id is known. */
export function useOrganization(id: number | undefined) {
  return useFetch(() => getOrganization(id as number), [id], id !== undefined);
}
