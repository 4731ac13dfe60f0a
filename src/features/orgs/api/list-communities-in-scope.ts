import { getOrganization } from './get-organization';
import { listCommunities } from './list-communities';
import { listStreets } from './list-streets';
import type { Community } from '../types';

/** Every community of a street (or of the district), however many pages that takes. */
async function allCommunities(streetId?: number): Promise<Community[]> {
  const all: Community[] = [];
  for (let page = 1; ; page++) {
    const res = await listCommunities({ streetId, page, pageSize: 100 });
    all.push(...res.items);
    if (res.items.length === 0 || all.length >= res.total) return all;
  }
}

/**
 * The communities an admin may publish for, from the organisations they administer (GET /api/me →
 * adminScopes): a street's 党工委 covers every community of that street, a community's own
 * organisation covers that community, and a district admin covers them all. The server decides
 * again on every write; this only keeps the editor from offering what would be refused.
 */
export async function listCommunitiesInScope(scopes: { organizationId: number }[], wholeDistrict: boolean): Promise<Community[]> {
  if (wholeDistrict) return allCommunities();
  const streets = (await listStreets()).items;
  const found = new Map<number, Community>();
  for (const scope of scopes) {
    const street = streets.find((s) => s.organizationId === scope.organizationId);
    if (street) {
      (await allCommunities(street.id)).forEach((c) => found.set(c.id, c));
      continue;
    }
    // A community's organisation sits directly under its street's 党工委.
    const org = await getOrganization(scope.organizationId);
    const parentStreet = streets.find((s) => s.organizationId === org.parentId);
    if (org.parentId === null) return allCommunities();
    if (!parentStreet) continue;
    (await allCommunities(parentStreet.id)).filter((c) => c.organizationId === scope.organizationId).forEach((c) => found.set(c.id, c));
  }
  return [...found.values()];
}
