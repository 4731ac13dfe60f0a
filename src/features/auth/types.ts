import type { Role, SessionUser } from '../../lib/auth';
import type { Merchant } from '../campaigns';

export type BindingStatus = 'pending' | 'approved' | 'rejected';

/**
 * Where I stand as a party member (the phone comes masked): my latest request, or for a member
 * recorded without one, an approved binding with no request id.
 */
export interface MemberBinding {
  id: number | null;
  status: BindingStatus;
  name: string;
  phone: string;
  organizationId: number;
  organizationName: string | null;
  rejectReason: string | null;
  createdAt: string;
}

/** My latest merchant registration (the contact phone comes masked): the campaigns feature's merchant, as the server presents both. */
export type MerchantBinding = Merchant;

/** An organisation I administer. */
export interface AdminScope {
  organizationId: number;
  name: string;
  kind: string;
}

/** GET /api/me */
export interface Me extends SessionUser {
  roles: Role[];
  bindings: { member: MemberBinding | null; merchant: MerchantBinding | null };
  adminScopes: AdminScope[];
}

/** A demo user the dev-mode server lets H5 log in as. */
export interface DevLogin {
  code: string;
  label: string;
}
