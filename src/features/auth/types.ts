import type { components } from '../../lib/api-schema';
import type { SessionUser } from '../../lib/auth';
import type { Merchant } from '../campaigns';

type Schemas = components['schemas'];

export type BindingStatus = Schemas['MyMemberBinding']['status'];

/**
 * Where I stand as a party member (the phone comes masked): my latest request, or for a member
 * recorded without one, an approved binding with no request id.
 */
export type MemberBinding = Schemas['MyMemberBinding'];

/** My latest merchant registration (the contact phone comes masked): the campaigns feature's merchant, as the server presents both. */
export type MerchantBinding = Merchant;

/** An organisation I administer. */
export type AdminScope = Schemas['AdminScope'];

/** GET /api/me */
export type Me = SessionUser & Schemas['Me'];

/** A demo user the dev-mode server lets H5 log in as. */
export type DevLogin = Schemas['DevLogins']['items'][number];
