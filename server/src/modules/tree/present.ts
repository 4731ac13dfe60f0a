import { z } from 'zod';
import { Instant, Int } from '../../core/output';
import { OrganizationSchema } from '../orgs';

/** What the tree's writes answer: the record as written (the readers' shapes live in orgs). */
export const ClosedOrganization = OrganizationSchema.extend({ closedCount: Int }).meta({ id: 'ClosedOrganization' });
export const StreetRecord = z.object({ id: Int, name: z.string(), organizationId: Int }).meta({ id: 'StreetRecord' });
export const CommunityRecord = z
  .object({ id: Int, name: z.string(), kind: z.enum(['rural', 'urban']), streetId: Int, organizationId: Int, closedAt: Instant.nullable() })
  .meta({ id: 'CommunityRecord' });
export const NewOrganizationRecord = z
  .object({ id: Int, name: z.string(), kind: z.enum(['economic', 'social']), streetId: Int, memberCount: Int, establishedOrganizationId: Int.nullable(), operating: z.boolean() })
  .meta({ id: 'NewOrganizationRecord' });
