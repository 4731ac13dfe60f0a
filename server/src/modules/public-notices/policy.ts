import { adminIn, ownOrganization } from '../orgs';

const MANAGE = '只有管理员可以发布公示和答复异议';
const manage = adminIn(ownOrganization, MANAGE);

/**
 * Who may do what with public notices. Reading a notice and its whole record (objections, replies,
 * upheld or not): anyone; objecting: anyone logged in, while it runs (checked in the service).
 * Publishing, and answering an objection: an admin whose scope covers the notice's organisation.
 */
export const noticePolicy = {
  publish: manage,
  reply: manage,
};
