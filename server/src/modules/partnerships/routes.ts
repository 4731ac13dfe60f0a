import { IdParam } from '../../core/paging';
import { noContent, route } from '../../http/route';
import { addListItem, removeListItem } from './list-items';
import { createPartnership, getPartnership, listPairedCommunities, listPartnerships } from './pairs';
import { addProgress, addProject, getProject, listProjects, moveProject } from './projects';
import { ListItemBody, MoveBody, PairFilterQuery, PartnershipBody, ProgressBody, ProjectBody, ProjectQuery, SummaryQuery } from './schemas';
import { ListItem, Pair, PairPage, PairedCommunityPage, PartnershipSummary, Progress, ProjectDetail, ProjectPage } from './present';
import { partnershipSummary } from './summary';

// Fixed paths (`/partnerships/summary`) come before `/partnerships/:id`, which would otherwise take them.
export const partnershipRoutes = [
  route({
    method: 'get', path: '/partnerships/summary', access: 'public', response: PartnershipSummary, summary: 'Pairs, communities paired, projects by category and status', query: SummaryQuery,
    handler: ({ deps, query }) => partnershipSummary(deps.db.manager, query),
  }),
  route({
    method: 'get', path: '/partnerships/communities', access: 'public', response: PairedCommunityPage, summary: 'The communities behind "communities paired"', query: PairFilterQuery,
    handler: ({ deps, query }) => listPairedCommunities(deps.db.manager, query),
  }),
  route({
    method: 'get', path: '/partnerships', access: 'public', response: PairPage, summary: 'Pairs with both communities, agreement, lists and projects', query: PairFilterQuery,
    handler: ({ deps, query }) => listPartnerships(deps.db.manager, query),
  }),
  route({
    method: 'get', path: '/partnerships/:id', access: 'public', response: Pair, summary: 'One pair', params: IdParam,
    handler: ({ deps, params }) => getPartnership(deps.db.manager, params.id),
  }),
  route({
    method: 'post', path: '/partnerships', access: 'user', response: Pair, status: 201, summary: 'Pair two communities (one pair per community and year)', body: PartnershipBody,
    handler: ({ deps, actor, body }) => createPartnership(deps, actor, body),
  }),
  route({
    method: 'post', path: '/partnerships/:id/list-items', access: 'user', response: ListItem, status: 201, summary: "Add to a community's resource, need or service list", params: IdParam, body: ListItemBody,
    handler: ({ deps, actor, params, body }) => addListItem(deps, actor, params.id, body),
  }),
  route({
    method: 'delete', path: '/partnership-list-items/:id', access: 'user', response: noContent, status: 204, summary: "Remove an entry from a community's list", params: IdParam,
    handler: async ({ deps, actor, params, koa }) => {
      await removeListItem(deps, actor, params.id);
      koa.status = 204;
    },
  }),
  route({
    method: 'post', path: '/partnerships/:id/projects', access: 'user', response: ProjectDetail, status: 201, summary: 'Add a project (planned)', params: IdParam, body: ProjectBody,
    handler: ({ deps, actor, params, body }) => addProject(deps, actor, params.id, body),
  }),
  route({
    method: 'get', path: '/partnership-projects', access: 'public', response: ProjectPage, summary: 'Projects by category, status, street, year: the rows behind each project figure', query: ProjectQuery,
    handler: ({ deps, query }) => listProjects(deps.db.manager, query),
  }),
  route({
    method: 'get', path: '/partnership-projects/:id', access: 'public', response: ProjectDetail, summary: 'One project with its progress timeline', params: IdParam,
    handler: ({ deps, params }) => getProject(deps.db.manager, params.id),
  }),
  route({
    method: 'patch', path: '/partnership-projects/:id', access: 'user', response: ProjectDetail, summary: 'Move a project on (status only moves forward)', params: IdParam, body: MoveBody,
    handler: ({ deps, actor, params, body }) => moveProject(deps, actor, params.id, body),
  }),
  route({
    method: 'post', path: '/partnership-projects/:id/progress', access: 'user', response: Progress, status: 201, summary: 'Add a dated progress note with photos', params: IdParam, body: ProgressBody,
    handler: ({ deps, actor, params, body }) => addProgress(deps, actor, params.id, body),
  }),
];
