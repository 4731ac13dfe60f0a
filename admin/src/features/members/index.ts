export * from './api';
export { MemberSelect } from './MemberSelect';
