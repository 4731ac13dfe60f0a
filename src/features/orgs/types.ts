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
