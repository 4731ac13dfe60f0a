import type { Role } from '../../lib/auth';

export const ROLE_LABELS: Record<Role, string> = {
  resident: '居民',
  member: '党员',
  merchant: '商户',
  org_admin: '社区管理员',
  district_admin: '区级管理员',
};

/**
 * Everyone is a resident; the rest come in the order of the labels above. An organisation admin is
 * named by the level they look after (`scopeKinds`, from GET /api/me): a street's is 街道管理员.
 */
export function roleLabels(roles: Role[], scopeKinds: string[] = []): string[] {
  const held = new Set<Role>(['resident', ...roles]);
  const label = (r: Role) => (r === 'org_admin' && scopeKinds.includes('street_committee') ? '街道管理员' : ROLE_LABELS[r]);
  return (Object.keys(ROLE_LABELS) as Role[]).filter((r) => held.has(r)).map(label);
}

export const isAdmin = (roles: Role[]): boolean => roles.includes('org_admin') || roles.includes('district_admin');
