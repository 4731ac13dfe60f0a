import { download, get, post, upload, type Paged } from '../../lib/api';
import type { paths, Schemas } from '../../lib/schema';

export type CourseSummary = Schemas['CourseSummary'];
export type Course = Schemas['Course'];
export type Question = Schemas['Question'];
export type QuestionKind = Question['kind'];
export type QuestionImportResult = Schemas['QuestionImportResult'];
export type Exam = Schemas['Exam'];
export type ExamResults = Schemas['ExamResults'];
export type PendingMember = Schemas['ExamPendingMember'];

export const KIND: Record<QuestionKind, string> = { single: '单选题', multi: '多选题', judge: '判断题' };

type PageQuery = { page: number; pageSize: number };
export const deskCourses = (q: PageQuery) => get<Paged<CourseSummary>>('/admin/courses', q);
export type CourseInput = paths['/api/courses']['post']['requestBody']['content']['application/json'];
export const publishCourse = (body: CourseInput) => post<Course>('/courses', body);

export const bank = (q: PageQuery & { organizationId?: number; tag?: string }) => get<Paged<Question>>('/admin/questions', q);
export const questionTemplate = () => download('/admin/questions/template', {}, '题库导入模板.xlsx');
/** A dry run writes nothing and lists every bad row; the real run writes the whole file or nothing (422). */
export const importQuestions = (organizationId: number, file: Blob, dryRun: boolean) => upload<QuestionImportResult>('/admin/questions/import', file, { organizationId, dryRun });

export type ExamInput = paths['/api/exams']['post']['requestBody']['content']['application/json'];
export const deskExams = (q: PageQuery) => get<Paged<Exam>>('/admin/exams', q);
export const createExam = (body: ExamInput) => post<Exam>('/exams', body);
export const examResults = (examId: number, organizationId?: number) => get<ExamResults>(`/exams/${examId}/results`, { organizationId });
export const pendingMembers = (examId: number, q: PageQuery & { organizationId?: number }) => get<Paged<PendingMember>>(`/exams/${examId}/results/pending`, q);
export const exportResults = (exam: Exam, organizationId?: number) => download(`/exams/${exam.id}/results/export`, { organizationId }, `${exam.title}-成绩.xlsx`);
