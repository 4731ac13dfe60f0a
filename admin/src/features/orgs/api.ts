import { get, patch, post, type Paged } from '../../lib/api';
import type { Schemas } from '../../lib/schema';
import { fetchMe } from '../session';

export type Community = Schemas['Community'];
export type Organization = Schemas['Organization'];
export type OrganizationKind = Organization['kind'];
export type Street = Schemas['Street'];
export type NewOrganization = Schemas['NewOrganization'];
export type NewOrganizationInput = Omit<Schemas['NewOrganizationRecord'], 'id' | 'operating'>;
export type Coverage = Schemas['NewOrganizationCoverage'];

export const adminCommunities = (q: { page?: number; pageSize?: number; q?: string; streetId?: number }) => get<Paged<Community>>('/admin/communities', q);
/** Every community in my scope (at most a district's few hundred), for pickers and names. */
export async function allAdminCommunities(): Promise<Community[]> {
  const first = await adminCommunities({ page: 1, pageSize: 100 });
  const rest = await Promise.all(Array.from({ length: Math.ceil(first.total / 100) - 1 }, (_, i) => adminCommunities({ page: i + 2, pageSize: 100 })));
  return [first, ...rest].flatMap((p) => p.items);
}
export const organizations = (parentId?: number) => get<Paged<Organization>>('/organizations', { parentId, pageSize: 100 });
export const organization = (id: number) => get<Organization>(`/organizations/${id}`);
/** The tops of my tree: the district's roots for a district admin, else the organisations I administer. */
export async function myTreeRoots(): Promise<Pick<Organization, 'id' | 'name' | 'kind'>[]> {
  const me = await fetchMe();
  if (me.roles.includes('district_admin')) return (await organizations()).items;
  return me.adminScopes.map((s) => ({ id: s.organizationId, name: s.name, kind: s.kind }));
}
export const streets = () => get<{ items: Street[] }>('/streets');
export const ORG_KIND: Record<OrganizationKind, string> = {
  district_committee: '区委', street_committee: '街道党工委', party_committee: '党委', general_branch: '党总支', branch: '党支部', joint_committee: '联合党委',
};

// The tree's writes (each checked against my scope by the server).
export const createOrganization = (b: { name: string; kind: OrganizationKind; parentId: number }) => post<Organization>('/organizations', b);
export const updateOrganization = (id: number, b: { name?: string; parentId?: number }) => patch<Organization>(`/organizations/${id}`, b);
export const closeOrganization = (id: number) => post<Schemas['ClosedOrganization']>(`/organizations/${id}/close`);
export const createStreet = (name: string) => post<Schemas['StreetRecord']>('/streets', { name });
export const createCommunity = (b: { name: string; kind: Community['kind']; streetId: number }) => post<Schemas['CommunityRecord']>('/communities', b);

export const coverage = (streetId?: number) => get<Coverage>('/new-organizations/coverage', { streetId });
export const newOrganizations = (q: { page: number; pageSize: number; streetId?: number; covered?: string }) => get<Paged<NewOrganization>>('/new-organizations', q);
export const createNewOrganization = (b: NewOrganizationInput) => post<Schemas['NewOrganizationRecord']>('/new-organizations', b);
export const updateNewOrganization = (id: number, b: NewOrganizationInput) => patch<Schemas['NewOrganizationRecord']>(`/new-organizations/${id}`, b);
