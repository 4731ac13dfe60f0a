import type { components } from '../../lib/api-schema';

type Schemas = components['schemas'];

/** A community (社区) as GET /api/communities answers it; `organizationId` is its own party organisation. */
export type Community = Schemas['Community'];
export type CommunityKind = Community['kind'];
/** `organizationId`: the street's 党工委. */
export type Street = Schemas['Street'];
export type Organization = Schemas['Organization'];

export const COMMUNITY_KIND_LABELS: Record<CommunityKind, string> = {
  rural: '农村社区',
  urban: '城市社区',
};

export type OrganizationKind = Organization['kind'];

/** What each kind of party organisation is called (server: ORGANIZATION_KINDS). */
export const ORGANIZATION_KIND_LABELS: Record<OrganizationKind, string> = {
  district_committee: '区委',
  street_committee: '街道党工委',
  party_committee: '党委',
  general_branch: '党总支',
  branch: '党支部',
  joint_committee: '联合党委',
};
