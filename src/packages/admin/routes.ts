/** The admin subpackage's pages (app.config.ts registers the same list). */
const ROOT = '/packages/admin/pages';

export const ADMIN_PAGES = {
  home: `${ROOT}/index`,
  bindings: `${ROOT}/bindings`,
  auditLog: `${ROOT}/audit-log`,
} as const;
