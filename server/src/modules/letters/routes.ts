import { IdParam, Paging } from '../../core/paging';
import { route } from '../../http/route';
import { AnyLetter, FullLetter, FullLetterPage, NoticeTemplates, PublicLetterPage, WrittenLetter } from './present';
import { AdminLettersQuery, LetterReplyBody, RatingBody, TransferBody, WriteLetterBody } from './schemas';
import { getLetter, listAdminLetters, listCommunityLetters, listMyLetters, rateLetter, replyToLetter, transferLetter, writeLetter } from './service';

export const letterRoutes = [
  route({
    method: 'get', path: '/letter-notice-templates', access: 'public', response: NoticeTemplates, summary: 'The subscribe-message template the app asks the writer to allow before sending (the reply notice)',
    handler: ({ deps }) => ({ templateIds: [deps.config.templates.reply] }),
  }),
  route({
    method: 'post', path: '/letters', access: 'user', response: WrittenLetter, status: 201, summary: 'Write to a community (content-checked); answered within 10 days', body: WriteLetterBody,
    handler: ({ deps, actor, body }) => writeLetter(deps, actor, body),
  }),
  route({
    method: 'get', path: '/communities/:id/letters', access: 'public', response: PublicLetterPage, summary: 'Public letters with replies and overdue, personal data masked, the writer never shown', params: IdParam, query: Paging,
    handler: ({ deps, params, query }) => listCommunityLetters(deps.db.manager, params.id, query, deps.clock.now()),
  }),
  route({
    method: 'get', path: '/me/letters', access: 'user', response: FullLetterPage, summary: 'My letters, as written, with replies and history', query: Paging,
    handler: ({ deps, actor, query }) => listMyLetters(deps.db.manager, actor, query, deps.clock.now()),
  }),
  route({
    method: 'get', path: '/letters/:id', access: 'optional', response: AnyLetter, summary: 'One letter (private ones: its writer and the admins handling it)', params: IdParam,
    handler: ({ deps, actor, params }) => getLetter(deps.db.manager, actor, params.id, deps.clock.now()),
  }),
  route({
    method: 'post', path: '/letters/:id/reply', access: 'user', response: FullLetter, summary: 'Answer a letter (once)', params: IdParam, body: LetterReplyBody,
    handler: ({ deps, actor, params, body }) => replyToLetter(deps, actor, params.id, body.content),
  }),
  route({
    method: 'post', path: '/letters/:id/rating', access: 'user', response: FullLetter, status: 201, summary: 'The writer rates the answer, once', params: IdParam, body: RatingBody,
    handler: ({ deps, actor, params, body }) => rateLetter(deps, actor, params.id, body),
  }),
  route({
    method: 'post', path: '/letters/:id/transfer', access: 'user', response: FullLetter, summary: 'Pass an unanswered letter to another community or up to the street', params: IdParam, body: TransferBody,
    handler: ({ deps, actor, params, body }) => transferLetter(deps, actor, params.id, body),
  }),
  route({
    method: 'get', path: '/admin/letters', access: 'user', response: FullLetterPage, summary: 'Letters in my scope, overdue first', query: AdminLettersQuery,
    handler: ({ deps, actor, query }) => listAdminLetters(deps.db.manager, actor, query, deps.clock.now()),
  }),
];
