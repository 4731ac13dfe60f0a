import { z } from 'zod';
import { IdParam } from '../../core/paging';
import { route } from '../../http/route';
import { ORGANIZATION_KINDS, OrganizationSchema } from '../orgs';
import {
  closeOrganization, createCommunity, createNewOrganization, createOrganizationIn, createStreet, inTree, updateCommunity, updateNewOrganization, updateOrganization,
} from './service';
import { ClosedOrganization, CommunityRecord, NewOrganizationRecord, StreetRecord } from './present';

const Id = z.number().int().positive();
const Name = z.string().trim().min(1).max(50);
const OrganizationBody = z.object({ name: z.string().trim().min(1).max(100), kind: z.enum(ORGANIZATION_KINDS), parentId: Id.nullable() });
const OrganizationPatch = z.object({ name: z.string().trim().min(1).max(100).optional(), parentId: Id.optional() }).refine((b) => b.name !== undefined || b.parentId !== undefined, '请提供名称或上级组织');
const CommunityKind = z.enum(['rural', 'urban']);
const CommunityBody = z.object({ name: Name, kind: CommunityKind, streetId: Id, organizationKind: z.enum(['party_committee', 'general_branch', 'branch']).optional() });
const CommunityPatch = z.object({ name: Name.optional(), kind: CommunityKind.optional() });
const NewOrganizationBody = z.object({
  name: z.string().trim().min(1).max(100), kind: z.enum(['economic', 'social']), streetId: Id, memberCount: z.number().int().min(0).max(100000), establishedOrganizationId: Id.nullable().optional(),
});

export const treeRoutes = [
  route({ method: 'post', path: '/organizations', access: 'user', response: OrganizationSchema, status: 201, summary: 'Create a party organisation under a parent in my scope', body: OrganizationBody, handler: ({ deps, actor, body }) => inTree(createOrganizationIn)(deps, actor, body) }),
  route({ method: 'patch', path: '/organizations/:id', access: 'user', response: OrganizationSchema, summary: 'Rename or move an organisation (its subtree moves with it)', params: IdParam, body: OrganizationPatch, handler: ({ deps, actor, params, body }) => inTree(updateOrganization)(deps, actor, params.id, body) }),
  route({ method: 'post', path: '/organizations/:id/close', access: 'user', response: ClosedOrganization, summary: 'Close an organisation and its subtree (still readable by id)', params: IdParam, handler: ({ deps, actor, params }) => inTree(closeOrganization)(deps, actor, params.id, deps.clock.now()) }),
  route({ method: 'post', path: '/streets', access: 'user', response: StreetRecord, status: 201, summary: 'Create a street and its 党工委', body: z.object({ name: Name }), handler: ({ deps, actor, body }) => inTree(createStreet)(deps, actor, body) }),
  route({ method: 'post', path: '/communities', access: 'user', response: CommunityRecord, status: 201, summary: 'Create a community and its party organisation', body: CommunityBody, handler: ({ deps, actor, body }) => inTree(createCommunity)(deps, actor, body) }),
  route({ method: 'patch', path: '/communities/:id', access: 'user', response: CommunityRecord, summary: 'Rename a community or change its kind', params: IdParam, body: CommunityPatch, handler: ({ deps, actor, params, body }) => inTree(updateCommunity)(deps, actor, params.id, body) }),
  route({ method: 'post', path: '/new-organizations', access: 'user', response: NewOrganizationRecord, status: 201, summary: 'Record a two-new organisation (coverage reads these rows)', body: NewOrganizationBody, handler: ({ deps, actor, body }) => inTree(createNewOrganization)(deps, actor, body) }),
  route({ method: 'patch', path: '/new-organizations/:id', access: 'user', response: NewOrganizationRecord, summary: 'Edit a two-new organisation', params: IdParam, body: NewOrganizationBody, handler: ({ deps, actor, params, body }) => inTree(updateNewOrganization)(deps, actor, params.id, body) }),
];
