import { get, post } from '../../lib/api';

export interface Me {
  id: number;
  nickname: string;
  roles: string[];
  adminScopes: { organizationId: number; name: string; kind: string }[];
}
export const isOfficial = (me: Me) => me.roles.includes('district_admin') || me.adminScopes.length > 0;

export interface Ticket {
  ticketId: number;
  qrPayload: string;
  pollSecret: string;
  expiresAt: string;
}
export type TicketStatus = 'pending' | 'scanned' | 'confirmed' | 'expired' | 'used' | 'cancelled';
export interface TicketState {
  status: TicketStatus;
  scannedBy?: { nickname: string; roleLabel: string };
  token?: string;
}

export const fetchMe = () => get<Me>('/me');
export const newTicket = () => post<Ticket>('/console/login-tickets');
export const pollTicket = (t: Ticket) => get<TicketState>(`/console/login-tickets/${t.ticketId}`, { pollSecret: t.pollSecret });
/** Demo logins, offered in dev mode only (the endpoint answers 404 otherwise). */
export const devLogins = () => get<{ items: { code: string; label: string }[] }>('/auth/dev-logins');
export const devLogin = (code: string) => post<{ token: string }>('/auth/wechat', { code });
