import { z } from 'zod';
import { Instant, Int } from '../../core/output';
import { pageOf } from '../../core/paging';
import { RATING_LEVELS, TASK_LIST_KINDS, TASK_STATUSES, type ResponsibilityTask, type TaskList } from './entities';

const FileRef = z.object({ id: Int, url: z.string() }).meta({ id: 'TaskFile' });
const iso = (d: Date | null) => d?.toISOString() ?? null;

export const isOverdue = (t: Pick<ResponsibilityTask, 'status' | 'dueAt'>, now: Date) => t.status === 'open' && t.dueAt < now;

export const Task = z
  .object({
    id: Int, taskListId: Int, organizationId: Int, organizationName: z.string(), listTitle: z.string(), kind: z.enum(TASK_LIST_KINDS), year: Int,
    title: z.string(), owner: z.string(), dueAt: Instant, status: z.enum(TASK_STATUSES), doneAt: Instant.nullable(), progress: z.string().nullable(),
    evidence: z.array(FileRef), overdue: z.boolean(),
  })
  .meta({ id: 'ResponsibilityTask' });
export const TaskPage = pageOf(Task);
export const TaskDetail = Task.extend({
  updates: z.array(z.object({ progress: z.string(), status: z.enum(TASK_STATUSES), evidence: z.array(FileRef), actorId: Int, at: Instant })),
}).meta({ id: 'ResponsibilityTaskDetail' });

/** A list's tasks, how many are done and how many overdue at the clock. */
const Counts = { taskCount: Int, doneCount: Int, overdueCount: Int };
export const TaskListSummary = z
  .object({
    id: Int, organizationId: Int, organizationName: z.string(), year: Int, kind: z.enum(TASK_LIST_KINDS), title: z.string(),
    agreement: FileRef.nullable(), ratingId: Int.nullable(), closedAt: Instant.nullable(), ...Counts,
  })
  .meta({ id: 'TaskList' });
export const TaskListPage = pageOf(TaskListSummary);
export const TaskListDetail = TaskListSummary.extend({ tasks: z.array(Task) }).meta({ id: 'TaskListDetail' });

export const Rating = z
  .object({
    id: Int, organizationId: Int, organizationName: z.string(), year: Int, level: z.enum(RATING_LEVELS), reason: z.string(), ratedById: Int, ratedAt: Instant,
    rectification: z.object({ taskListId: Int, closedAt: Instant.nullable(), ...Counts }).nullable(),
  })
  .meta({ id: 'OrganizationRating' });
export const RatingPage = pageOf(Rating);

export const ContactPoint = z
  .object({
    id: Int, userId: Int, userNickname: z.string(), communityId: Int, communityName: z.string(), streetId: Int, quarter: z.string(),
    visitsInQuarter: Int, lastVisitAt: Instant.nullable(),
  })
  .meta({ id: 'ContactPoint' });
export const ContactPointPage = pageOf(ContactPoint);
export const Visit = z.object({ id: Int, contactPointId: Int, visitedAt: Instant, subject: z.string(), followUps: z.string(), recordedById: Int }).meta({ id: 'SupervisionVisit' });
export const VisitPage = pageOf(Visit);

export const Scheduling = z
  .object({
    id: Int, organizationId: Int, organizationName: z.string(), month: z.string(), heldAt: Instant, title: z.string(), decisions: z.string(),
    reviewedTasks: z.array(z.object({ id: Int, title: z.string(), organizationName: z.string(), status: z.enum(TASK_STATUSES), overdue: z.boolean() })),
  })
  .meta({ id: 'SchedulingMeeting' });
export const SchedulingPage = pageOf(Scheduling);

export type Lookups = { orgNames: Map<number, string>; lists: Map<number, TaskList>; files: Map<number, string> };
export const filesOf = (ids: number[], files: Map<number, string>) => ids.flatMap((id) => (files.has(id) ? [{ id, url: files.get(id)! }] : []));

export function presentTask(t: ResponsibilityTask, l: Lookups, now: Date): z.infer<typeof Task> {
  const list = l.lists.get(t.taskListId)!;
  return {
    id: t.id, taskListId: t.taskListId, organizationId: t.organizationId, organizationName: l.orgNames.get(t.organizationId) ?? '', listTitle: list.title, kind: list.kind,
    year: list.year, title: t.title, owner: t.owner, dueAt: t.dueAt.toISOString(), status: t.status, doneAt: iso(t.doneAt), progress: t.progress,
    evidence: filesOf(t.evidenceFileIds, l.files), overdue: isOverdue(t, now),
  };
}

export type ListCounts = { taskCount: number; doneCount: number; overdueCount: number };
export function presentTaskList(list: TaskList, l: Lookups, counts: ListCounts): z.infer<typeof TaskListSummary> {
  return {
    id: list.id, organizationId: list.organizationId, organizationName: l.orgNames.get(list.organizationId) ?? '', year: list.year, kind: list.kind, title: list.title,
    agreement: list.agreementFileId ? (filesOf([list.agreementFileId], l.files)[0] ?? null) : null, ratingId: list.ratingId, closedAt: iso(list.closedAt), ...counts,
  };
}
