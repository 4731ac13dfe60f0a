import { get, post, type Paged } from '../../lib/api';

export interface Binding {
  id: number;
  userId: number;
  name: string;
  phone: string;
  organizationId: number;
  organizationName: string;
  status: 'pending' | 'approved' | 'rejected';
  rejectReason: string | null;
  reviewedAt: string | null;
  createdAt: string;
}
export interface Ranked {
  rank: number;
  userId: number;
  nickname: string;
  points: number;
}
export const bindings = (q: { page: number; pageSize: number; status?: string }) => get<Paged<Binding>>('/admin/member-bindings', q);
export const approveBinding = (id: number) => post(`/admin/member-bindings/${id}/approve`);
export const rejectBinding = (id: number, reason: string) => post(`/admin/member-bindings/${id}/reject`, { reason });
export const ranking = (q: { organizationId: number; year?: number; page: number; pageSize: number }) => get<Paged<Ranked> & { year: number }>('/points/ranking', q);
