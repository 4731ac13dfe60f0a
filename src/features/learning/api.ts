import { request } from '../../lib/api-client';
import type { components, paths } from '../../lib/api-schema';
import { download } from '../../lib/download';
import { uploadTo, type ChosenFile } from '../../lib/upload';
import { useFetch } from '../../lib/use-fetch';
import { usePagedList, type Paged } from '../../lib/use-paged-list';
import type { Tone } from '../../components/StatusTag';

type S = components['schemas'];
export type CourseSummary = S['CourseSummary'];
export type Course = S['Course'];
export type CourseCompletion = S['CourseCompletion'];
export type Question = S['Question'];
export type QuestionKind = Question['kind'];
export type QuestionImportResult = S['QuestionImportResult'];
export type Exam = S['Exam'];
export type MyExam = S['MyExam'];
export type Attempt = S['ExamAttempt'];
export type AttemptState = Attempt['status'];
export type Saved = S['SavedAnswers'];
export type Score = S['ExamScore'];
export type ExamResults = S['ExamResults'];
export type PendingMember = S['ExamPendingMember'];
/** Option indexes (in the attempt's order) by question id. */
export type Answers = Record<string, number[]>;

export const KIND_TEXT: Record<QuestionKind, string> = { single: '单选题', multi: '多选题', judge: '判断题' };
export const ATTEMPT_TEXT: Record<AttemptState, string> = { in_progress: '答题中', submitted: '已交卷', timed_out: '超时交卷' };
export const ATTEMPT_TONE: Record<AttemptState, Tone> = { in_progress: 'warning', submitted: 'success', timed_out: 'neutral' };

/** Where a member's exam stands, for the list: what they can do now. */
export type ExamStage = 'upcoming' | 'open' | 'in_progress' | 'done' | 'closed';
export const STAGE_TEXT: Record<ExamStage, string> = { upcoming: '未开始', open: '可参加', in_progress: '答题中', done: '已完成', closed: '已结束' };
export const STAGE_TONE: Record<ExamStage, Tone> = { upcoming: 'neutral', open: 'brand', in_progress: 'warning', done: 'success', closed: 'neutral' };
export function stageOf(e: MyExam, now: Date): ExamStage {
  if (e.attempt?.status === 'in_progress' && e.canStart) return 'in_progress';
  if (e.canStart) return 'open';
  if (e.attempt) return 'done';
  return now < new Date(e.opensAt) ? 'upcoming' : 'closed';
}

// Courses (流动党校)
export const useCourses = () => usePagedList((page, pageSize) => request<Paged<CourseSummary>>({ path: '/api/courses', query: { page, pageSize }, toast: false }), []);
export const useCourse = (id: number) => useFetch(() => request<Course>({ path: `/api/courses/${id}`, toast: false }), [id]);
export const studyCourse = (id: number) => request<CourseCompletion>({ method: 'POST', path: `/api/courses/${id}/completions` });
export const useDeskCourses = () => usePagedList((page, pageSize) => request<Paged<CourseSummary>>({ path: '/api/admin/courses', query: { page, pageSize }, toast: false }), []);
export type CourseInput = paths['/api/courses']['post']['requestBody']['content']['application/json'];
export const publishCourse = (body: CourseInput) => request<Course>({ method: 'POST', path: '/api/courses', body });

// The question bank and its Excel import
export const useBankCount = (organizationId: number | null) =>
  useFetch(() => request<Paged<Question>>({ path: '/api/admin/questions', query: { organizationId: organizationId!, page: 1, pageSize: 1 }, toast: false }), [organizationId], organizationId !== null);
/** The bank's questions of my scope (with their answers: admins only), for choosing a fixed list. */
export const useBank = (tag?: string) =>
  usePagedList((page, pageSize) => request<Paged<Question>>({ path: '/api/admin/questions', query: { tag, page, pageSize }, toast: false }), [tag], 50);
export const downloadQuestionTemplate = () => download({ path: '/api/admin/questions/template', fileType: 'xlsx' });
/** A dry run writes nothing and lists every bad row; the real run writes the whole file or nothing (422 with the rows). */
export const importQuestions = (organizationId: number, file: ChosenFile, dryRun: boolean) =>
  uploadTo<QuestionImportResult>('/api/admin/questions/import', { organizationId, dryRun }, file);

// Exams
export type ExamInput = paths['/api/exams']['post']['requestBody']['content']['application/json'];
export const createExam = (body: ExamInput) => request<Exam>({ method: 'POST', path: '/api/exams', body });
export const useDeskExams = () => usePagedList((page, pageSize) => request<Paged<Exam>>({ path: '/api/admin/exams', query: { page, pageSize }, toast: false }), []);
export const useMyExams = () => usePagedList((page, pageSize) => request<Paged<MyExam>>({ path: '/api/me/exams', query: { page, pageSize }, toast: false }), []);
/** Starts my attempt, or answers the open one (the same questions, answers and deadline). */
export const startAttempt = (examId: number) => request<Attempt>({ method: 'POST', path: `/api/exams/${examId}/attempts` });
export const useAttempt = (id: number) => useFetch(() => request<Attempt>({ path: `/api/exam-attempts/${id}`, toast: false }), [id]);
/** Saves as the member goes: quiet, the exam screen shows the saved state and retries itself. */
export const saveAnswers = (id: number, answers: Answers) => request<Saved>({ method: 'PUT', path: `/api/exam-attempts/${id}/answers`, body: { answers }, toast: false });
export const submitAttempt = (id: number, answers: Answers) => request<Score>({ method: 'POST', path: `/api/exam-attempts/${id}/submit`, body: { answers } });

// Results
export const useExamResults = (examId: number, organizationId?: number) =>
  useFetch(() => request<ExamResults>({ path: `/api/exams/${examId}/results`, query: { organizationId }, toast: false }), [examId, organizationId]);
export const usePendingMembers = (examId: number, organizationId?: number) =>
  usePagedList((page, pageSize) => request<Paged<PendingMember>>({ path: `/api/exams/${examId}/results/pending`, query: { organizationId, page, pageSize }, toast: false }), [examId, organizationId]);
export const exportResults = (examId: number, organizationId?: number) => download({ path: `/api/exams/${examId}/results/export`, query: { organizationId }, fileType: 'xlsx' });
