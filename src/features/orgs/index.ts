export { COMMUNITY_KIND_LABELS, ORGANIZATION_KIND_LABELS, type CommunityKind, type Organization, type OrganizationKind } from './types';
