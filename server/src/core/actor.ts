/** Roles beside `resident` (which everyone has) are granted by the module that owns the reason. */
export const ROLES = ['resident', 'member', 'merchant', 'org_admin', 'district_admin'] as const;
export type Role = (typeof ROLES)[number];

/** The authenticated caller, loaded once per request (by the auth module) and passed to every service. */
export interface Actor {
  id: number;
  openid: string;
  roles: Role[];
  /** Tree paths (`/1/4/`) of the organisations this user administers. */
  scopePaths: string[];
}

export const isDistrictAdmin = (a: Actor | undefined) => !!a?.roles.includes('district_admin');
export const isAdmin = (a: Actor | undefined) => !!a && (isDistrictAdmin(a) || a.scopePaths.length > 0);
