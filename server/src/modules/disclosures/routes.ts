import { IdParam, Paging } from '../../core/paging';
import { noContent, route } from '../../http/route';
import { CATALOGUE } from './catalogue';
import { communityChain } from './chain';
import { chainPoster, dailyHeads, signedChainHead, witnessPublicKey } from './witness';
import { disclosureCompliance } from './compliance';
import { publishDisclosure } from './publish';
import { askQuestion, listAdminQuestions, listQuestions, replyToQuestion } from './questions';
import { communitySummary, disclosureTag, getDisclosure, listAdminDisclosures, listCommunityDisclosures, revisionHistory } from './reading';
import {
  AdminDisclosuresQuery, AdminQuestionsQuery, CommunityDisclosuresQuery, ComplianceQuery, CreateDisclosureBody, QuestionBody, ReplyBody, RevisionBody, UpdateDisclosureBody, WithdrawBody, HeadsQuery,
} from './schemas';
import {
  AdminQuestionPage, AskedQuestion, Catalogue, Chain, ChainPoster, DailyHeads, CommunitySummary, CompliancePage, Disclosure, DisclosureSummaryPage, Question, QuestionPage, RevisionHistory, SignedChainHead, WitnessKey,
} from './present';
import { createDraft, createRevision, deleteDraft, updateDraft, withdrawDisclosure } from './service';

export const disclosureRoutes = [
  route({ method: 'get', path: '/disclosure-catalogue', access: 'public', response: Catalogue, summary: 'The 三务公开 catalogue: categories, sub-categories, cadence', handler: () => ({ categories: CATALOGUE }) }),
  route({
    method: 'get', path: '/communities/:id/disclosures', access: 'public', response: DisclosureSummaryPage, summary: 'Published disclosures of a community, newest first', params: IdParam, query: CommunityDisclosuresQuery,
    handler: ({ deps, params, query }) => listCommunityDisclosures(deps.db.manager, params.id, query),
  }),
  route({
    method: 'get', path: '/communities/:id/disclosure-summary', access: 'public', response: CommunitySummary, summary: 'Counts per category and the latest disclosures', params: IdParam,
    handler: ({ deps, params }) => communitySummary(deps.db.manager, params.id),
  }),
  route({
    method: 'get', path: '/communities/:id/disclosure-chain', access: 'public', response: Chain, summary: 'The publication chain, verified by the server', params: IdParam,
    handler: ({ deps, params }) => communityChain(deps.db.manager, params.id),
  }),
  route({
    method: 'get', path: '/communities/:id/disclosure-chain/head', access: 'public', response: SignedChainHead, summary: 'The chain head, signed with the service\'s Ed25519 key: for posters and outside witnesses', params: IdParam,
    etag: (head) => `${head.seq}-${head.hash}`,
    handler: ({ deps, params }) => signedChainHead(deps.db.manager, deps.config, params.id),
  }),
  route({
    method: 'get', path: '/communities/:id/disclosure-chain/poster', access: 'public', response: ChainPoster, summary: 'The 公开栏 poster: the signed chain head as of today, in grouped hex and as a QR code, with the public key fingerprint', params: IdParam,
    handler: ({ deps, params }) => chainPoster(deps.db.manager, deps.config, params.id, deps.clock.now()),
  }),
  route({
    method: 'get', path: '/disclosure-chain/heads', access: 'public', response: DailyHeads, summary: 'The day\'s export for witnesses: every community\'s signed chain head at the end of `date` (Asia/Shanghai)', query: HeadsQuery,
    handler: ({ deps, query }) => dailyHeads(deps.db.manager, deps.config, query.date, deps.clock.now()),
  }),
  route({
    method: 'get', path: '/disclosure-chain/public-key', access: 'public', response: WitnessKey, summary: 'The Ed25519 public key chain heads are signed with',
    handler: ({ deps }) => witnessPublicKey(deps.config),
  }),
  route({
    method: 'get', path: '/disclosures/:id', access: 'optional', response: Disclosure, summary: 'One disclosure (drafts: admins in scope)', params: IdParam,
    etag: disclosureTag,
    handler: ({ deps, actor, params }) => getDisclosure(deps, actor, params.id),
  }),
  route({
    method: 'get', path: '/disclosures/:id/history', access: 'optional', response: RevisionHistory, summary: 'Every revision of a disclosure, with reasons', params: IdParam,
    handler: ({ deps, actor, params }) => revisionHistory(deps, actor, params.id),
  }),
  route({
    method: 'post', path: '/disclosures', access: 'user', response: Disclosure, status: 201, summary: 'Create a draft', body: CreateDisclosureBody,
    handler: ({ deps, actor, body }) => createDraft(deps, actor, body),
  }),
  route({
    method: 'patch', path: '/disclosures/:id', access: 'user', response: Disclosure, summary: 'Edit a draft (published: 409)', params: IdParam, body: UpdateDisclosureBody,
    handler: ({ deps, actor, params, body }) => updateDraft(deps, actor, params.id, body),
  }),
  route({
    method: 'delete', path: '/disclosures/:id', access: 'user', response: noContent, status: 204, summary: 'Delete a draft (published: 409)', params: IdParam,
    handler: async ({ deps, actor, params, koa }) => {
      await deleteDraft(deps, actor, params.id);
      koa.status = 204;
      return undefined;
    },
  }),
  route({
    method: 'post', path: '/disclosures/:id/publish', access: 'user', response: Disclosure, summary: 'Publish a draft and append it to the chain', params: IdParam,
    handler: ({ deps, actor, params }) => publishDisclosure(deps, actor, params.id),
  }),
  route({
    method: 'post', path: '/disclosures/:id/withdraw', access: 'user', response: Disclosure, summary: 'Lawful withdrawal by the street above the community: the content is no longer shown, the chain entry and the reason are', params: IdParam, body: WithdrawBody,
    handler: ({ deps, actor, params, body }) => withdrawDisclosure(deps, actor, params.id, body.reason),
  }),
  route({
    method: 'post', path: '/disclosures/:id/revisions', access: 'user', response: Disclosure, status: 201, summary: 'Start a correction of a published disclosure', params: IdParam, body: RevisionBody,
    handler: ({ deps, actor, params, body }) => createRevision(deps, actor, params.id, body),
  }),
  route({
    method: 'post', path: '/disclosures/:id/questions', access: 'user', response: AskedQuestion, status: 201, summary: 'Ask about a disclosure (content-checked)', params: IdParam, body: QuestionBody,
    handler: ({ deps, actor, params, body }) => askQuestion(deps, actor, params.id, body.content),
  }),
  route({
    method: 'get', path: '/disclosures/:id/questions', access: 'public', response: QuestionPage, summary: 'Visible questions with their replies', params: IdParam, query: Paging,
    handler: ({ deps, params, query }) => listQuestions(deps.db.manager, params.id, query, deps.clock.now()),
  }),
  route({
    method: 'post', path: '/questions/:id/reply', access: 'user', response: Question, summary: 'Answer a question', params: IdParam, body: ReplyBody,
    handler: ({ deps, actor, params, body }) => replyToQuestion(deps, actor, params.id, body.content),
  }),
  route({
    method: 'get', path: '/admin/disclosures', access: 'user', response: DisclosureSummaryPage, summary: 'Drafts and publications in my scope', query: AdminDisclosuresQuery,
    handler: ({ deps, actor, query }) => listAdminDisclosures(deps.db.manager, actor, query),
  }),
  route({
    method: 'get', path: '/admin/disclosure-questions', access: 'user', response: AdminQuestionPage, summary: 'Questions to answer in my scope', query: AdminQuestionsQuery,
    handler: ({ deps, actor, query }) => listAdminQuestions(deps.db.manager, actor, query, deps.clock.now()),
  }),
  route({
    method: 'get', path: '/disclosure-compliance', access: 'public', response: CompliancePage, summary: 'On time / late / missing per community and category for a month (filter: category, status)', query: ComplianceQuery,
    handler: ({ deps, query }) => disclosureCompliance(deps.db.manager, query, deps.clock.now()),
  }),
];
