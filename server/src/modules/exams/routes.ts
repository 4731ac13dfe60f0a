import { IdParam, Paging } from '../../core/paging';
import { route } from '../../http/route';
import { readUpload } from '../files';
import { getAttempt, grantResit, myExams, saveAnswers, startAttempt, submitAttempt } from './attempts';
import { createQuestion, importQuestions, listBank, questionTemplate, updateQuestion } from './bank';
import { Attempt, Exam, ExamPage, ExamResults, MyExamPage, PendingMembers, Question, QuestionImportResult, QuestionPage, Resit, Saved, Score } from './present';
import { exportResults, examResults, pendingMembers } from './results';
import { AnswersBody, BankQuery, ExamBody, ImportQuery, NewQuestionBody, PendingQuery, QuestionBody, ResitBody, ResultsQuery, SubmitBody } from './schemas';
import { createExam, listDeskExams } from './service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const attachment = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}.xlsx`;

export const examRoutes = [
  route({
    method: 'get', path: '/admin/questions', access: 'user', response: QuestionPage, summary: 'The question bank of my scope, with answers (admin)', query: BankQuery,
    handler: ({ deps, actor, query }) => listBank(deps.db.manager, actor, query),
  }),
  route({
    method: 'post', path: '/admin/questions', access: 'user', response: Question, status: 201, summary: "Add a question to an organisation's bank", body: NewQuestionBody,
    handler: ({ deps, actor, body }) => createQuestion(deps, actor, body.organizationId, body.question),
  }),
  route({
    method: 'patch', path: '/admin/questions/:id', access: 'user', response: Question, summary: 'Edit a bank question (attempts under way keep their copy)', params: IdParam, body: QuestionBody,
    handler: ({ deps, actor, params, body }) => updateQuestion(deps, actor, params.id, body),
  }),
  route({
    method: 'get', path: '/admin/questions/template', access: 'user', response: { file: [XLSX] }, summary: 'The question bank .xlsx import template',
    handler: async ({ deps, actor, koa }) => {
      const file = await questionTemplate(deps.db.manager, actor);
      koa.set('Content-Type', XLSX);
      koa.set('Content-Disposition', attachment('题库导入模板'));
      koa.body = file;
      return undefined;
    },
  }),
  route({
    method: 'post', path: '/admin/questions/import', access: 'user', response: QuestionImportResult, alsoStatus: [422], summary: "Import questions (multipart `file`) into an organisation's bank; dryRun=true checks; any bad row: nothing is written", query: ImportQuery,
    handler: async ({ deps, actor, query, koa, status }) => {
      const file = await readUpload(koa, deps.config.uploadLimitBytes);
      const result = await importQuestions(deps, actor, query.organizationId, file.buffer, query.dryRun);
      if (result.errors.length && !query.dryRun) status(422);
      return result;
    },
  }),
  route({
    method: 'post', path: '/exams', access: 'user', response: Exam, status: 201, summary: 'Set up an exam: questions written here, a fixed list, or drawn per tag; window, duration, pass score, maxAge', body: ExamBody,
    handler: ({ deps, actor, body }) => createExam(deps, actor, body),
  }),
  route({
    method: 'get', path: '/admin/exams', access: 'user', response: ExamPage, summary: 'Exams set up in my scope or above it', query: Paging,
    handler: ({ deps, actor, query }) => listDeskExams(deps.db.manager, actor, query),
  }),
  route({
    method: 'get', path: '/me/exams', access: 'user', response: MyExamPage, summary: 'My exams (members), with my attempt and whether I may start', query: Paging,
    handler: ({ deps, actor, query }) => myExams(deps.db.manager, actor, query, deps.clock.now()),
  }),
  route({
    method: 'post', path: '/exams/:id/attempts', access: 'user', response: Attempt, status: 201, alsoStatus: [200], summary: 'Start my attempt (questions and options shuffled, no answers); an open one is resumed (200)', params: IdParam,
    handler: async ({ deps, actor, params, status }) => {
      const { created, attempt } = await startAttempt(deps, actor, params.id);
      if (!created) status(200);
      return attempt;
    },
  }),
  route({
    method: 'get', path: '/exam-attempts/:id', access: 'user', response: Attempt, summary: 'My attempt: questions, saved answers, the server clock; after the window, the right answers', params: IdParam,
    handler: ({ deps, actor, params }) => getAttempt(deps, actor, params.id),
  }),
  route({
    method: 'put', path: '/exam-attempts/:id/answers', access: 'user', response: Saved, summary: 'Save some answers (partial); until the deadline plus 30 s', params: IdParam, body: AnswersBody,
    handler: ({ deps, actor, params, body }) => saveAnswers(deps, actor, params.id, body.answers),
  }),
  route({
    method: 'post', path: '/exam-attempts/:id/submit', access: 'user', response: Score, summary: 'Submit: the last answers saved, everything scored on the server', params: IdParam, body: SubmitBody,
    handler: ({ deps, actor, params, body }) => submitAttempt(deps, actor, params.id, body.answers),
  }),
  route({
    method: 'post', path: '/exams/:id/resits', access: 'user', response: Resit, status: 201, summary: "Allow a member another sitting (admin of the member's organisation)", params: IdParam, body: ResitBody,
    handler: ({ deps, actor, params, body }) => grantResit(deps, actor, params.id, body.memberId),
  }),
  route({
    method: 'get', path: '/exams/:id/results', access: 'user', response: ExamResults, summary: 'Per organisation: required, attempted, passed (scope admin)', params: IdParam, query: ResultsQuery,
    handler: ({ deps, actor, params, query }) => examResults(deps.db.manager, actor, params.id, query.organizationId),
  }),
  route({
    method: 'get', path: '/exams/:id/results/pending', access: 'user', response: PendingMembers, summary: 'Who still must sit it (scope admin)', params: IdParam, query: PendingQuery,
    handler: ({ deps, actor, params, query }) => pendingMembers(deps.db.manager, actor, params.id, query),
  }),
  route({
    method: 'get', path: '/exams/:id/results/export', access: 'user', response: { file: [XLSX] }, summary: 'The results and who still must sit it, as .xlsx (scope admin)', params: IdParam, query: ResultsQuery,
    handler: async ({ deps, actor, params, query, koa }) => {
      const { title, file } = await exportResults(deps.db.manager, actor, params.id, query.organizationId);
      koa.set('Content-Type', XLSX);
      koa.set('Content-Disposition', attachment(`${title}-成绩`));
      koa.body = file;
      return undefined;
    },
  }),
];
