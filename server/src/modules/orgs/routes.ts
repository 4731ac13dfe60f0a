import { z } from 'zod';
import { IdParam, Paging } from '../../core/paging';
import { route } from '../../http/route';
import { Community, CommunityPage, NewOrganizationCoverage, NewOrganizationPage, Organization, OrganizationPage, StreetList } from './present';
import { COVERAGE_KINDS, getCommunity, getOrganization, listCommunities, listCommunitiesInScope, listNewOrganizations, listOrganizations, listStreets, newOrganizationCoverage } from './service';

const OptionalId = z.coerce.number().int().positive().optional();
const CommunityQuery = Paging.extend({ streetId: OptionalId, q: z.string().trim().max(50).optional() });
const OrganizationQuery = Paging.extend({ parentId: OptionalId });
const NewOrganizationQuery = Paging.extend({ streetId: OptionalId, covered: z.enum(COVERAGE_KINDS).optional() });

export const orgRoutes = [
  route({ method: 'get', path: '/streets', access: 'public', response: StreetList, summary: 'Streets of the district', handler: ({ deps }) => listStreets(deps.db.manager) }),
  route({
    method: 'get', path: '/communities', access: 'public', response: CommunityPage, summary: 'Communities, by street or name', query: CommunityQuery,
    handler: ({ deps, query }) => listCommunities(deps.db.manager, query),
  }),
  route({
    method: 'get', path: '/admin/communities', access: 'user', response: CommunityPage, summary: 'Communities in my admin scope, by street or name', query: CommunityQuery,
    handler: ({ deps, actor, query }) => listCommunitiesInScope(deps.db.manager, actor, query),
  }),
  route({
    method: 'get', path: '/communities/:id', access: 'public', response: Community, summary: 'One community', params: IdParam,
    handler: ({ deps, params }) => getCommunity(deps.db.manager, params.id),
  }),
  route({
    method: 'get', path: '/organizations', access: 'public', response: OrganizationPage, summary: 'Party organisations under a parent (roots without one)', query: OrganizationQuery,
    handler: ({ deps, query }) => listOrganizations(deps.db.manager, query),
  }),
  route({
    method: 'get', path: '/organizations/:id', access: 'public', response: Organization, summary: 'One party organisation', params: IdParam,
    handler: ({ deps, params }) => getOrganization(deps.db.manager, params.id),
  }),
  route({
    method: 'get', path: '/new-organizations/coverage', access: 'public', response: NewOrganizationCoverage, summary: 'Two-new organisations: party organisation coverage', query: z.object({ streetId: OptionalId }),
    handler: ({ deps, query }) => newOrganizationCoverage(deps.db.manager, query),
  }),
  route({
    method: 'get', path: '/new-organizations', access: 'public', response: NewOrganizationPage, summary: 'The two-new organisations behind a coverage figure (should establish; covered own/joint/established/none)', query: NewOrganizationQuery,
    handler: ({ deps, query }) => listNewOrganizations(deps.db.manager, query),
  }),
];
