import type { EntityManager } from 'typeorm';
import { anyAdmin } from '../../core/policy';
import { adminIn, Organization, ownOrganization } from '../orgs';

const MANAGE = '只有管理员可以管理三务公开';
/** An admin whose scope covers the community's organisation (a street admin covers every community of the street). */
const manage = adminIn(ownOrganization, MANAGE);
/** The organisation above the community's (its street's): a community's own admin does not take down what it published. */
const above = async (d: { organizationId: number }, db: EntityManager) => (await db.findOneByOrFail(Organization, { id: d.organizationId })).parentId ?? d.organizationId;

/**
 * Who may do what with disclosures. Reading what is published and asking: anyone (signed in to ask).
 * Everything else: an admin in scope; the lists of the admin's desk show only their scope. Rules on
 * one disclosure answer the organisation path for the audit log.
 */
export const disclosurePolicy = {
  createDraft: manage,
  editDraft: manage,
  deleteDraft: manage,
  publish: manage,
  revise: manage,
  /** Drafts are not public: others are told a draft does not exist (see `allows`). */
  readDraft: manage,
  listDesk: anyAdmin(MANAGE),
  listQuestions: anyAdmin('只有管理员可以答复问题'),
  reply: manage,
  /** Lawful withdrawal: an admin of the street above the community (or the district). */
  withdraw: adminIn(above, '只有街道管理员可以依法撤回公开'),
};
