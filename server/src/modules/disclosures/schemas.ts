import { z } from 'zod';
import { Paging } from '../../core/paging';
import { MONTH, QUARTER } from '../../core/time';
import { CATEGORIES } from './catalogue';

const Id = z.coerce.number().int().positive();
const Category = z.enum(CATEGORIES);
const Period = z.string().refine((p) => MONTH.test(p) || QUARTER.test(p), '期间格式应为 2025-03 或 2025-Q1');

export const FinanceItemSchema = z.strictObject({
  subject: z.string().trim().min(1).max(100),
  direction: z.enum(['income', 'expense']),
  /** Integer fen; up to ten billion yuan per line keeps every total a safe integer. */
  amountFen: z.number().int().min(0).max(1_000_000_000_000),
});

/** A calendar day in Shanghai, `2026-05-01`: one that exists. */
const Day = z.string().regex(/^20\d\d-\d\d-\d\d$/, 'a day, YYYY-MM-DD').refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'no such day');

const Content = {
  subCategory: z.string().max(30).nullable().optional(),
  title: z.string().trim().min(1).max(100),
  period: Period,
  body: z.string().trim().max(20000),
  items: z.array(FinanceItemSchema).max(200).optional(),
  attachmentIds: z.array(z.number().int().positive()).max(20).optional(),
  /** 重大事项随时公开: a major matter, counted apart on the 公开档案. */
  major: z.boolean().optional(),
  /** The day the major matter was decided or arose; only with `major`. */
  matterDate: Day.nullable().optional(),
};

export const CreateDisclosureBody = z.strictObject({ communityId: z.number().int().positive(), category: Category, ...Content }).meta({ id: 'DisclosureDraftInput' });
export type CreateDisclosureInput = z.infer<typeof CreateDisclosureBody>;

/** A draft's content may change; where it belongs (community, category) may not. */
export const UpdateDisclosureBody = z.strictObject({
  subCategory: Content.subCategory,
  title: Content.title.optional(),
  period: Period.optional(),
  body: Content.body.optional(),
  items: Content.items,
  attachmentIds: Content.attachmentIds,
  major: Content.major,
  matterDate: Content.matterDate,
  revisionReason: z.string().trim().min(1).max(200).optional(),
}).meta({ id: 'DisclosureDraftChanges' });
export type UpdateDisclosureInput = z.infer<typeof UpdateDisclosureBody>;

export const RevisionBody = z.strictObject({
  reason: z.string().trim().min(1).max(200),
  subCategory: Content.subCategory,
  title: Content.title.optional(),
  body: Content.body.optional(),
  items: Content.items,
  attachmentIds: Content.attachmentIds,
  major: Content.major,
  matterDate: Content.matterDate,
}).meta({ id: 'DisclosureRevisionInput' });
export type RevisionInput = z.infer<typeof RevisionBody>;

/** `period` filters by a year (`2025`), a quarter (with its months) or a month. */
export const CommunityDisclosuresQuery = Paging.extend({
  category: Category.optional(),
  subCategory: z.string().regex(/^[a-z_]{1,30}$/, '子类代码，如 dues').optional(),
  period: z.string().regex(/^20\d\d(-(0[1-9]|1[0-2]|Q[1-4]))?$/, '期间格式应为 2025、2025-Q1 或 2025-03').optional(),
});
export type CommunityDisclosuresInput = z.infer<typeof CommunityDisclosuresQuery>;

export const AdminDisclosuresQuery = Paging.extend({
  status: z.enum(['draft', 'published']).optional(),
  communityId: Id.optional(),
  category: Category.optional(),
});
export type AdminDisclosuresInput = z.infer<typeof AdminDisclosuresQuery>;

export const QuestionBody = z.strictObject({ content: z.string().trim().min(1).max(500) });
export const ReplyBody = z.strictObject({ content: z.string().trim().min(1).max(1000) });

export const AdminQuestionsQuery = Paging.extend({
  state: z.enum(['unanswered', 'overdue', 'answered', 'all']).default('unanswered'),
  communityId: Id.optional(),
});
export type AdminQuestionsInput = z.infer<typeof AdminQuestionsQuery>;

/** `not_due`: nothing published yet and the due date is still ahead, so nothing is missing. */
export const COMPLIANCE_STATUSES = ['on_time', 'late', 'missing', 'not_due'] as const;

/**
 * `period` is the finance month and, unless `quarter` is given, its quarter is checked for party and
 * affairs. Without either, the latest of each already due. A drill list repeats the figure's two.
 */
export const ComplianceQuery = Paging.extend({
  streetId: Id.optional(),
  period: z.string().regex(MONTH, '期间格式应为 2025-03').optional(),
  quarter: z.string().regex(QUARTER, '季度格式应为 2025-Q1').optional(),
  category: Category.optional(),
  /** Only communities with a category (the one given, or any) in this status. */
  status: z.enum(COMPLIANCE_STATUSES).optional(),
});
export type ComplianceInput = z.infer<typeof ComplianceQuery>;

export const WithdrawBody = z.strictObject({ reason: z.string().trim().min(1).max(200) }).meta({ id: 'DisclosureWithdrawInput' });

export const HeadsQuery = z.object({ date: Day });
