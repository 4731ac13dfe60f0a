import type { Role } from './entities';

/** The authenticated caller, loaded once per request. */
export interface Actor {
  id: number;
  openid: string;
  roles: Role[];
  /** Tree paths (`/1/4/`) of the organisations this user administers. */
  scopePaths: string[];
}

export const isDistrictAdmin = (a: Actor | undefined) => !!a?.roles.includes('district_admin');
export const isAdmin = (a: Actor | undefined) => !!a && (isDistrictAdmin(a) || a.scopePaths.length > 0);
