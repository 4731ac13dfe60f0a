export * from './api';
export { CommunitySelect, useCommunities } from './CommunitySelect';
export { OrgTreeSelect } from './OrgTreeSelect';
