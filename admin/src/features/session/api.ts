import { get, post } from '../../lib/api';
import type { Schemas } from '../../lib/schema';

export type Me = Schemas['Me'];
export const isOfficial = (me: Me) => me.roles.includes('district_admin') || me.adminScopes.length > 0;

export type Ticket = Schemas['ConsoleLoginTicket'];
export type TicketState = Schemas['ConsoleLoginPoll'];
export type TicketStatus = TicketState['status'];

export const fetchMe = () => get<Me>('/me');
export const newTicket = () => post<Ticket>('/console/login-tickets');
export const pollTicket = (t: Ticket) => get<TicketState>(`/console/login-tickets/${t.ticketId}`, { pollSecret: t.pollSecret });
/** Demo logins, offered in dev mode only (the endpoint answers 404 otherwise). */
export const devLogins = () => get<Schemas['DevLogins']>('/auth/dev-logins');
export const devLogin = (code: string) => post<Schemas['Login']>('/auth/wechat', { code });
