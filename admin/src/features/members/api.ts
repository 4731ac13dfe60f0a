import { get, post, type Paged } from '../../lib/api';
import type { Schemas } from '../../lib/schema';

export type Binding = Schemas['MemberBindingForReview'];
export type Ranked = Schemas['RankedMember'];
export type RollMember = Schemas['RollMember'];

export const bindings = (q: { page: number; pageSize: number; status?: string }) => get<Paged<Binding>>('/admin/member-bindings', q);
export const approveBinding = (id: number) => post(`/admin/member-bindings/${id}/approve`);
export const rejectBinding = (id: number, reason: string) => post(`/admin/member-bindings/${id}/reject`, { reason });
export const ranking = (q: { organizationId: number; year?: number; page: number; pageSize: number }) => get<Schemas['PointRanking']>('/points/ranking', q);

export const roll = (q: { page: number; pageSize: number; organizationId?: number; q?: string }) => get<Paged<RollMember>>('/admin/members', q);
/** The full number, for calling the member: the server records who looked. */
export const revealPhone = (id: number) => post<Schemas['RevealedPhone']>(`/admin/members/${id}/phone`);
