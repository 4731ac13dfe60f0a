import type { components } from '../../lib/api-schema';
import type { OrganizationKind } from '../orgs';

type Schemas = components['schemas'];

export type NewOrganizationCoverage = Schemas['NewOrganizationCoverage'];

/**
 * What may be created under an organisation of each kind: the district's streets (each with its
 * 党工委), a street's communities (each with its party organisation), and below those party
 * organisations of the listed kinds.
 */
export type ChildKind = 'street' | 'community' | Exclude<OrganizationKind, 'district_committee' | 'street_committee'>;

export const childKindsOf = (parent: OrganizationKind): ChildKind[] =>
  parent === 'district_committee' ? ['street'] : parent === 'street_committee' ? ['community', 'joint_committee'] : ['party_committee', 'general_branch', 'branch'];

export const CHILD_KIND_LABELS: Record<ChildKind, string> = {
  street: '街道（含党工委）',
  community: '社区（含社区党组织）',
  party_committee: '党委',
  general_branch: '党总支',
  branch: '党支部',
  joint_committee: '联合党委',
};
