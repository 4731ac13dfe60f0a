export type CommunityKind = 'rural' | 'urban';

/** A community (社区) as GET /api/communities answers it. */
export interface Community {
  id: number;
  name: string;
  kind: CommunityKind;
  streetId: number;
  streetName: string;
  /** The community's own party organisation. */
  organizationId: number;
}

export interface Street {
  id: number;
  name: string;
  /** The street's 党工委. */
  organizationId: number;
}

export interface Organization {
  id: number;
  name: string;
  kind: string;
  parentId: number | null;
}

export const COMMUNITY_KIND_LABELS: Record<CommunityKind, string> = {
  rural: '农村社区',
  urban: '城市社区',
};
