import { z } from 'zod';
import { Paging } from '../../core/paging';
import { QUESTION_KINDS } from './entities';

const Id = z.coerce.number().int().positive();
const Tag = z.string().trim().min(1).max(20);

/** A question as written: options and the indexes of the right ones; a judge question's options are 正确 / 错误. */
export const QuestionBody = z
  .strictObject({
    kind: z.enum(QUESTION_KINDS),
    stem: z.string().trim().min(1).max(1000),
    options: z.array(z.string().trim().min(1).max(200)).max(8).default([]),
    answer: z.array(z.number().int().min(0)).min(1).max(8),
    tags: z.array(Tag).max(5).default([]),
  })
  .superRefine((q, ctx) => {
    const count = q.kind === 'judge' ? 2 : q.options.length;
    if (q.kind !== 'judge' && count < 2) ctx.addIssue({ code: 'custom', path: ['options'], message: '至少两个选项' });
    if (q.kind === 'judge' && q.options.length && q.options.length !== 2) ctx.addIssue({ code: 'custom', path: ['options'], message: '判断题的选项为：正确、错误' });
    if (new Set(q.answer).size !== q.answer.length || q.answer.some((i) => i >= count)) ctx.addIssue({ code: 'custom', path: ['answer'], message: '答案应为不重复的选项序号' });
    if (q.kind !== 'multi' && q.answer.length !== 1) ctx.addIssue({ code: 'custom', path: ['answer'], message: '单选题和判断题只有一个答案' });
  });
export type QuestionInput = z.infer<typeof QuestionBody>;

export const NewQuestionBody = z.strictObject({ organizationId: z.number().int().positive(), question: QuestionBody });
export const BankQuery = Paging.extend({ organizationId: Id.optional(), tag: Tag.optional() });
export type BankInput = z.infer<typeof BankQuery>;
export const ImportQuery = z.object({ organizationId: Id, dryRun: z.enum(['true', 'false']).default('false').transform((v) => v === 'true') });

/** Exactly one way to choose the questions: written here (`questions`, added to the bank), a fixed list from the bank, or drawn per tag. */
export const ExamBody = z
  .strictObject({
    organizationId: z.number().int().positive(),
    title: z.string().trim().min(1).max(100),
    questions: z.array(QuestionBody).min(1).max(200).optional(),
    questionIds: z.array(z.number().int().positive()).min(1).max(200).optional(),
    draw: z.array(z.strictObject({ tag: Tag, count: z.number().int().min(1).max(100) })).min(1).max(20).optional(),
    durationMinutes: z.number().int().min(1).max(600),
    passScore: z.number().int().min(0).max(100),
    opensAt: z.iso.datetime({ offset: true }).transform((s) => new Date(s)),
    closesAt: z.iso.datetime({ offset: true }).transform((s) => new Date(s)),
    maxAge: z.number().int().min(18).max(120).optional(),
  })
  .refine((e) => [e.questions, e.questionIds, e.draw].filter(Boolean).length === 1, { path: ['questions'], message: '请选择一种出题方式：questions、questionIds 或 draw' })
  .refine((e) => e.opensAt < e.closesAt, { path: ['closesAt'], message: '结束时间应晚于开始时间' });
export type ExamInput = z.infer<typeof ExamBody>;

/** Option indexes (in the attempt's order) by question id; `[]` clears an answer. */
export const Answers = z.record(z.string().regex(/^\d+$/), z.array(z.number().int().min(0).max(7)).max(8));
export const AnswersBody = z.strictObject({ answers: Answers });
export const SubmitBody = z.strictObject({ answers: Answers.default({}) });
export type AnswersInput = z.infer<typeof Answers>;

export const ResitBody = z.strictObject({ memberId: z.number().int().positive() });
export const ResultsQuery = z.object({ organizationId: Id.optional() });
export const PendingQuery = Paging.extend({ organizationId: Id.optional() });
export type ResultsInput = z.infer<typeof PendingQuery>;
