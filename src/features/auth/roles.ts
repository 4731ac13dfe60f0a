import type { Role } from '../../lib/auth';

export const ROLE_LABELS: Record<Role, string> = {
  resident: '居民',
  member: '党员',
  merchant: '商户',
  org_admin: '社区管理员',
  district_admin: '区级管理员',
};

/** Everyone is a resident; the rest come in the order of the labels above. */
export function roleLabels(roles: Role[]): string[] {
  const held = new Set<Role>(['resident', ...roles]);
  return (Object.keys(ROLE_LABELS) as Role[]).filter((r) => held.has(r)).map((r) => ROLE_LABELS[r]);
}

export const isAdmin = (roles: Role[]): boolean => roles.includes('org_admin') || roles.includes('district_admin');
