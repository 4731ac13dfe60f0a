import type { Role, SessionUser } from '../../lib/auth';

export type BindingStatus = 'pending' | 'approved' | 'rejected';

/** The latest request to be recognised as a party member (the phone comes masked). */
export interface MemberBinding {
  id: number;
  status: BindingStatus;
  name: string;
  phone: string;
  organizationId: number;
  organizationName?: string;
  rejectReason: string | null;
  createdAt: string;
}

/** GET /api/me */
export interface Me extends SessionUser {
  roles: Role[];
  bindings: { member: MemberBinding | null };
  adminScopes: { organizationId: number; name: string }[];
}

/** A demo user the dev-mode server lets H5 log in as. */
export interface DevLogin {
  code: string;
  label: string;
}
