import { request } from '../../../lib/api-client';

/** A street and its 党工委 under the district. */
export const createStreet = (name: string) => request<{ id: number; name: string; organizationId: number }>({ method: 'POST', path: '/api/streets', body: { name } });
