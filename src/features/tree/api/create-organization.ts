import { request } from '../../../lib/api-client';
import type { Organization, OrganizationKind } from '../../orgs';

/** A party organisation under a parent in my scope. */
export const createOrganization = (body: { name: string; kind: OrganizationKind; parentId: number }) =>
  request<Organization>({ method: 'POST', path: '/api/organizations', body });
