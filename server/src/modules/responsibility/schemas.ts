import { z } from 'zod';
import { Paging } from '../../core/paging';
import { MONTH, QUARTER } from '../../core/time';
import { RATING_LEVELS, TASK_LIST_KINDS, TASK_STATUSES } from './entities';

const Id = z.number().int().positive();
const QueryId = z.coerce.number().int().positive();
const Year = z.number().int().min(2000).max(2099);
const When = z.iso.datetime({ offset: true }).transform((s) => new Date(s));

export const CreateTaskListBody = z.strictObject({ organizationId: Id, year: Year, title: z.string().trim().min(1).max(100), agreementFileId: Id.optional() });
export type CreateTaskListInput = z.infer<typeof CreateTaskListBody>;
export const UpdateTaskListBody = z
  .strictObject({ title: z.string().trim().min(1).max(100).optional(), agreementFileId: Id.nullable().optional() })
  .refine((b) => b.title !== undefined || b.agreementFileId !== undefined, { message: '请填写要修改的内容', path: ['title'] });
export type UpdateTaskListInput = z.infer<typeof UpdateTaskListBody>;
export const TaskListsQuery = Paging.extend({
  organizationId: QueryId.optional(), streetId: QueryId.optional(), year: z.coerce.number().int().min(2000).max(2099).optional(), kind: z.enum(TASK_LIST_KINDS).optional(),
  open: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});
export type TaskListsInput = z.infer<typeof TaskListsQuery>;

export const CreateTaskBody = z.strictObject({ title: z.string().trim().min(1).max(200), owner: z.string().trim().min(1).max(50), dueAt: When });
export type CreateTaskInput = z.infer<typeof CreateTaskBody>;
export const UpdateTaskBody = z.strictObject({ progress: z.string().trim().min(1).max(2000), status: z.enum(TASK_STATUSES), evidence: z.array(Id).max(9).default([]) });
export type UpdateTaskInput = z.infer<typeof UpdateTaskBody>;
export const TasksQuery = Paging.extend({
  organizationId: QueryId.optional(), streetId: QueryId.optional(), taskListId: QueryId.optional(), year: z.coerce.number().int().min(2000).max(2099).optional(),
  kind: z.enum(TASK_LIST_KINDS).optional(), status: z.enum(TASK_STATUSES).optional(), overdue: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});
export type TasksInput = z.infer<typeof TasksQuery>;

export const RatingBody = z.strictObject({ year: Year, level: z.enum(RATING_LEVELS), reason: z.string().trim().min(1).max(500) });
export type RatingInput = z.infer<typeof RatingBody>;
export const RatingsQuery = Paging.extend({
  organizationId: QueryId.optional(), year: z.coerce.number().int().min(2000).max(2099).optional(), level: z.enum(RATING_LEVELS).optional(),
});
export type RatingsInput = z.infer<typeof RatingsQuery>;

export const AssignContactBody = z.strictObject({ userId: Id, communityId: Id });
export const ContactPointsQuery = Paging.extend({
  streetId: QueryId.optional(), quarter: z.string().regex(QUARTER, '季度格式应为 2026-Q1').optional(),
  notVisited: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});
export type ContactPointsInput = z.infer<typeof ContactPointsQuery>;
export const VisitBody = z.strictObject({ visitedAt: When, subject: z.string().trim().min(1).max(200), followUps: z.string().trim().min(1).max(2000) });
export type VisitInput = z.infer<typeof VisitBody>;

export const SchedulingBody = z.strictObject({
  organizationId: Id, month: z.string().regex(MONTH, '月份格式应为 2026-03').optional(), heldAt: When, title: z.string().trim().min(1).max(100),
  decisions: z.string().trim().min(1).max(5000), reviewedTaskIds: z.array(Id).max(200).default([]),
});
export type SchedulingInput = z.infer<typeof SchedulingBody>;
export const SchedulingQuery = Paging.extend({ organizationId: QueryId.optional() });
