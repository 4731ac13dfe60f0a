import { request } from '../../../lib/api-client';
import type { Organization } from '../../orgs';

export const renameOrganization = (id: number, name: string) => request<Organization>({ method: 'PATCH', path: `/api/organizations/${id}`, body: { name } });
