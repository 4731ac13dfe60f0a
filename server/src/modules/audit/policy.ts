import { anyAdmin } from '../../core/policy';

/** Who may read the audit log: any admin, each seeing the writes within their scope. */
export const auditPolicy = {
  list: anyAdmin(),
};
