import { get, type Paged } from '../../lib/api';

export interface Community {
  id: number;
  name: string;
  kind: 'rural' | 'urban';
  streetId: number;
  streetName: string;
  organizationId: number;
}
export interface Organization {
  id: number;
  name: string;
  kind: string;
  parentId: number | null;
}
export interface Street {
  id: number;
  name: string;
  organizationId: number;
}

export const adminCommunities = (q: { page?: number; pageSize?: number; q?: string; streetId?: number }) => get<Paged<Community>>('/admin/communities', q);
/** Every community in my scope (at most a district's few hundred), for pickers and names. */
export async function allAdminCommunities(): Promise<Community[]> {
  const first = await adminCommunities({ page: 1, pageSize: 100 });
  const rest = await Promise.all(Array.from({ length: Math.ceil(first.total / 100) - 1 }, (_, i) => adminCommunities({ page: i + 2, pageSize: 100 })));
  return [first, ...rest].flatMap((p) => p.items);
}
export const organizations = (parentId?: number) => get<Paged<Organization>>('/organizations', { parentId, pageSize: 100 });
export const organization = (id: number) => get<Organization>(`/organizations/${id}`);
export const streets = () => get<{ items: Street[] }>('/streets');
export const ORG_KIND: Record<string, string> = {
  district_committee: '区委', street_committee: '街道党工委', community_committee: '社区党委', branch: '党支部', general_branch: '党总支',
};
