import type { EntityManager } from 'typeorm';
import { getOrThrow } from '../../errors';
import { adminIn, Street } from '../orgs';

const streetOrganization = async (streetId: number, db: EntityManager) => getOrThrow(await db.findOneBy(Street, { id: streetId }), '街道').organizationId;

/** The district view and the public summary are open (see `dashboardScope`); a street's dashboard is its admins'. */
export const dashboardPolicy = {
  viewStreet: adminIn(streetOrganization, '街道看板仅对管理员开放'),
};
