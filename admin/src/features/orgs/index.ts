export * from './api';
export { CommunitySelect, useCommunities } from './CommunitySelect';
