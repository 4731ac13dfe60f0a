import { z } from 'zod';
import { Instant, Int } from '../../core/output';
import { pageOf } from '../../core/paging';
import { QUESTION_KINDS, type Exam as ExamRow, type ExamAttempt, type Question as QuestionRow } from './entities';

/** A bank question with its answer: for the admins of its bank only. */
export const Question = z.object({
  id: Int, organizationId: Int, kind: z.enum(QUESTION_KINDS), stem: z.string(), options: z.array(z.string()), answer: z.array(Int), tags: z.array(z.string()), updatedAt: Instant,
}).meta({ id: 'Question' });
export const QuestionPage = pageOf(Question);

export const presentQuestion = (q: QuestionRow): z.infer<typeof Question> => ({
  id: q.id, organizationId: q.organizationId, kind: q.kind, stem: q.stem, options: q.options, answer: q.answer, tags: q.tags, updatedAt: q.updatedAt.toISOString(),
});

export const QuestionImportResult = z.object({
  dryRun: z.boolean(), rows: Int, created: Int, unchanged: Int,
  errors: z.array(z.object({ row: Int, column: z.string(), message: z.string() })),
}).meta({ id: 'QuestionImportResult' });

export const Exam = z.object({
  id: Int, organizationId: Int, organizationName: z.string(), title: z.string(), durationMinutes: Int, passScore: Int, opensAt: Instant, closesAt: Instant,
  maxAge: Int.nullable(), questionCount: Int,
  selection: z.enum(['fixed', 'draw']), draw: z.array(z.object({ tag: z.string(), count: Int })).nullable(), createdAt: Instant,
}).meta({ id: 'Exam' });
export const ExamPage = pageOf(Exam);

export const presentExam = (e: ExamRow, organizationName: string): z.infer<typeof Exam> => ({
  id: e.id, organizationId: e.organizationId, organizationName, title: e.title, durationMinutes: e.durationMinutes, passScore: e.passScore,
  opensAt: e.opensAt.toISOString(), closesAt: e.closesAt.toISOString(), maxAge: e.maxAge, questionCount: e.questionCount,
  selection: e.draw ? 'draw' : 'fixed', draw: e.draw, createdAt: e.createdAt.toISOString(),
});

export const ATTEMPT_STATES = ['in_progress', 'submitted', 'timed_out'] as const;
const attemptState = (a: ExamAttempt) => (!a.submittedAt ? 'in_progress' : a.timedOut ? 'timed_out' : 'submitted');

const AttemptSummary = z.object({
  id: Int, sitting: Int, status: z.enum(ATTEMPT_STATES), startedAt: Instant, deadlineAt: Instant, submittedAt: Instant.nullable(), score: Int.nullable(), passed: z.boolean().nullable(),
}).meta({ id: 'ExamAttemptSummary' });
const summaryOf = (a: ExamAttempt): z.infer<typeof AttemptSummary> => ({
  id: a.id, sitting: a.sitting, status: attemptState(a), startedAt: a.startedAt.toISOString(), deadlineAt: a.deadlineAt.toISOString(),
  submittedAt: a.submittedAt?.toISOString() ?? null, score: a.score, passed: a.passed,
});

/** An exam as a member sees it in their list: their latest attempt, and whether they may start one now. */
export const MyExam = Exam.extend({ attempt: AttemptSummary.nullable(), canStart: z.boolean() }).meta({ id: 'MyExam' });
export const MyExamPage = pageOf(MyExam);
export const presentMyExam = (e: ExamRow, organizationName: string, attempt: ExamAttempt | null, canStart: boolean): z.infer<typeof MyExam> => ({
  ...presentExam(e, organizationName), attempt: attempt && summaryOf(attempt), canStart,
});

/**
 * An attempt as its member sees it: the questions in this attempt's order without their answers,
 * what was saved, and the server's clock. After the exam's window, a finished attempt also shows
 * the right options (`review`).
 */
export const Attempt = AttemptSummary.extend({
  examId: Int, examTitle: z.string(), passScore: Int, questionCount: Int, correctCount: Int.nullable(), serverNow: Instant, graceSeconds: Int,
  questions: z.array(z.object({ id: Int, kind: z.enum(QUESTION_KINDS), stem: z.string(), options: z.array(z.string()) }).meta({ id: 'AttemptQuestion' })),
  answers: z.record(z.string(), z.array(Int)),
  review: z.array(z.object({ questionId: Int, correct: z.array(Int), right: z.boolean() })).nullable(),
}).meta({ id: 'ExamAttempt' });

export const GRACE_SECONDS = 30;

export function presentAttempt(a: ExamAttempt, exam: ExamRow, answers: Record<string, number[]>, now: Date): z.infer<typeof Attempt> {
  const reviewed = !!a.submittedAt && now >= exam.closesAt;
  return {
    ...summaryOf(a), examId: exam.id, examTitle: exam.title, passScore: exam.passScore, questionCount: a.paper.length, correctCount: a.correctCount,
    serverNow: now.toISOString(), graceSeconds: GRACE_SECONDS,
    questions: a.paper.map((p) => ({ id: p.questionId, kind: p.kind, stem: p.stem, options: p.options })),
    answers,
    review: reviewed ? a.paper.map((p) => ({ questionId: p.questionId, correct: p.key, right: isRight(p.key, answers[p.questionId]) })) : null,
  };
}

/** Right means exactly the right options: all of them and no other (multiple choice has no part marks). */
export function isRight(key: number[], chosen: number[] | undefined): boolean {
  if (!chosen || chosen.length !== key.length) return false;
  return key.every((k) => chosen.includes(k));
}

export const Saved = z.object({ saved: Int, savedAt: Instant, deadlineAt: Instant }).meta({ id: 'SavedAnswers' });
export const Score = z.object({ score: Int, passed: z.boolean(), correctCount: Int, questionCount: Int, timedOut: z.boolean() }).meta({ id: 'ExamScore' });
export const Resit = z.object({ examId: Int, memberId: Int, sitting: Int }).meta({ id: 'ExamResit' });

const Figures = { required: Int, attempted: Int, passed: Int };
export const ExamResults = z.object({
  examId: Int, organizationId: Int, ...Figures,
  organizations: z.array(z.object({ organizationId: Int, name: z.string(), ...Figures }).meta({ id: 'ExamOrganizationResult' })),
}).meta({ id: 'ExamResults' });
export const PendingMembers = pageOf(z.object({ memberId: Int, name: z.string(), organizationId: Int, organizationName: z.string(), birthYear: Int.nullable() }).meta({ id: 'ExamPendingMember' }));
