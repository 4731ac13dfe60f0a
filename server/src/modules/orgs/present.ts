import { z } from 'zod';
import { Instant, Int, Rate } from '../../core/output';
import { pageOf } from '../../core/paging';
import { ORGANIZATION_KINDS, type Organization as OrganizationRow } from './entities';

export const Organization = z
  .object({ id: Int, name: z.string(), kind: z.enum(ORGANIZATION_KINDS), parentId: Int.nullable(), rating: z.string(), closedAt: Instant.nullable() })
  .meta({ id: 'Organization' });
export const OrganizationPage = pageOf(Organization);

export const presentOrganization = (o: OrganizationRow): z.infer<typeof Organization> => ({
  id: o.id, name: o.name, kind: o.kind, parentId: o.parentId, rating: o.rating, closedAt: o.closedAt?.toISOString() ?? null,
});

export const Community = z
  .object({ id: Int, name: z.string(), kind: z.enum(['rural', 'urban']), streetId: Int, streetName: z.string(), organizationId: Int })
  .meta({ id: 'Community' });
export const CommunityPage = pageOf(Community);

export const StreetList = z.object({ items: z.array(z.object({ id: Int, name: z.string(), organizationId: Int }).meta({ id: 'Street' })) }).meta({ id: 'StreetList' });

const Coverage = { shouldEstablish: Int, established: Int, rate: Rate };
export const NewOrganizationCoverage = z
  .object({ ...Coverage, streets: z.array(z.object({ streetId: Int, streetName: z.string(), ...Coverage, own: Int, joint: Int }).meta({ id: 'StreetCoverage' })) })
  .meta({ id: 'NewOrganizationCoverage' });

export const NewOrganization = z
  .object({
    id: Int, name: z.string(), type: z.enum(['economic', 'social']), streetId: Int, streetName: z.string(), fullMemberCount: Int,
    partyOrganizationId: Int.nullable(), jointOrganizationId: Int.nullable(), covered: z.enum(['own', 'joint', 'none']),
  })
  .meta({ id: 'NewOrganization' });
export const NewOrganizationPage = pageOf(NewOrganization);
