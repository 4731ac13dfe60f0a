import { del, get, post, type Paged } from '../../lib/api';
import type { Schemas } from '../../lib/schema';

export type Appointment = Schemas['Appointment'];

export const appointments = (q: { page: number; pageSize: number; organizationId?: number }) => get<Paged<Appointment>>('/admin/scopes', q);
export const appoint = (b: { userId: number; organizationId: number }) => post<Appointment>('/admin/scopes', b);
export const revoke = (id: number) => del(`/admin/scopes/${id}`);
