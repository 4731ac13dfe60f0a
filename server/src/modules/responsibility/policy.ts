import type { EntityManager } from 'typeorm';
import { anyAdmin } from '../../core/policy';
import { getOrThrow, Conflict } from '../../errors';
import { adminIn, Community, ownOrganization, Organization, Street } from '../orgs';

const MANAGE = '只有管理员可以维护责任清单';
const RATE = '只有上级党组织的管理员可以评定';
const SUPERVISE = '只有街道管理员可以安排联系点';

/** The organisation above: who rates an organisation and closes its rectification. The top one has none to answer to. */
const parentOf = async (r: { organizationId: number }, db: EntityManager) => {
  const org = getOrThrow(await db.findOneBy(Organization, { id: r.organizationId }), '组织');
  if (!org.parentId) throw new Conflict('NO_PARENT', '该组织没有上级党组织');
  return org.parentId;
};
/** A community's street's 党工委: who assigns its contact points. */
const streetOf = async (r: { communityId: number }, db: EntityManager) => {
  const community = getOrThrow(await db.findOneBy(Community, { id: r.communityId }), '社区');
  return (await db.findOneByOrFail(Street, { id: community.streetId })).organizationId;
};

/**
 * Who may do what with responsibility lists, ratings, contact points and scheduling. Lists and tasks
 * are public to read; the scope admin of the organisation keeps them. Rating an organisation and
 * closing its rectification is for the scope admin of the organisation above (not its own admin).
 * A contact point is assigned by the street's admins; its visits are recorded by its official (checked
 * beside the contact point) or those admins.
 */
export const responsibilityPolicy = {
  manageList: adminIn(ownOrganization, MANAGE),
  rate: adminIn(parentOf, RATE),
  closeRectification: adminIn(parentOf, RATE),
  readRatings: adminIn(ownOrganization, RATE),
  listRatings: anyAdmin(RATE),
  assignContact: adminIn(streetOf, SUPERVISE),
  listContacts: anyAdmin(SUPERVISE),
  schedule: adminIn(ownOrganization, '只有街道管理员可以记录调度会议'),
  listScheduling: anyAdmin('只有管理员可以查看调度会议'),
};
