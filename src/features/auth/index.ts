export { useMe } from './api/get-me';
export { isAdmin } from './roles';
