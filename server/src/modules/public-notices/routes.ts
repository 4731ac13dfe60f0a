import { IdParam } from '../../core/paging';
import { route } from '../../http/route';
import { LodgedObjection, Objection, PublicNotice, PublicNoticePage } from './present';
import { NoticesQuery, ObjectionBody, ObjectionReplyBody, PublishNoticeBody } from './schemas';
import { createNotice, getNotice, listNotices, lodgeObjection, replyToObjection } from './service';

export const noticeRoutes = [
  route({
    method: 'post', path: '/public-notices', access: 'user', response: PublicNotice, status: 201, summary: 'Publish a public notice (公示) for a window (scope admin)', body: PublishNoticeBody,
    handler: ({ deps, actor, body }) => createNotice(deps, actor, body),
  }),
  route({
    method: 'get', path: '/public-notices', access: 'public', response: PublicNoticePage, summary: 'Notices with their objections’ counts; active=true: those running now', query: NoticesQuery,
    handler: ({ deps, query }) => listNotices(deps.db.manager, query, deps.clock.now()),
  }),
  route({
    method: 'get', path: '/public-notices/:id', access: 'public', response: PublicNotice, summary: 'One notice with its objections, replies and upheld marks; the objector never shown', params: IdParam,
    handler: ({ deps, params }) => getNotice(deps.db.manager, params.id, deps.clock.now()),
  }),
  route({
    method: 'post', path: '/public-notices/:id/objections', access: 'user', response: LodgedObjection, status: 201, summary: 'Object while the notice runs (content-checked); after endsAt 409', params: IdParam, body: ObjectionBody,
    handler: ({ deps, actor, params, body }) => lodgeObjection(deps, actor, params.id, body),
  }),
  route({
    method: 'post', path: '/objections/:id/reply', access: 'user', response: Objection, summary: 'Answer an objection once, upheld or not (scope admin)', params: IdParam, body: ObjectionReplyBody,
    handler: ({ deps, actor, params, body }) => replyToObjection(deps, actor, params.id, body),
  }),
];
