import { request } from '../../lib/api-client';
import type { components } from '../../lib/api-schema';
import { useFetch } from '../../lib/use-fetch';
import { usePagedList, type Paged } from '../../lib/use-paged-list';
import type { Tone } from '../../components/StatusTag';

type S = components['schemas'];
export type MeetingKind = S['MeetingSummary']['kind'];
export type MyMeeting = S['MyMeeting'];
export type MeetingRecord = S['Meeting'];
export type ComplianceRow = S['MeetingComplianceRow'];
export type ComplianceSummary = S['MeetingComplianceSummary'];
export type ComplianceStatus = ComplianceRow['kinds'][number]['status'];
export type TaskList = S['TaskList'];
export type TaskListDetail = S['TaskListDetail'];
export type Task = S['ResponsibilityTask'];
export type Rating = S['OrganizationRating'];
export type RollMember = S['RollMember'];

export const MEETING_KIND_TEXT: Record<MeetingKind, string> = {
  branch_committee: '支委会', group: '党小组会', branch_general: '支部党员大会', party_lecture: '党课', org_life: '组织生活会', democratic_review: '民主评议党员',
};
export const MEETING_KINDS = Object.keys(MEETING_KIND_TEXT) as MeetingKind[];
export const STATUS_TEXT: Record<ComplianceStatus, string> = { on_time: '按时', late: '补开', missing: '未开', not_due: '未到期' };
export const STATUS_TONE: Record<ComplianceStatus, Tone> = { on_time: 'success', late: 'warning', missing: 'danger', not_due: 'neutral' };
export const RATING_TEXT: Record<Rating['level'], string> = { advanced: '先进', good: '好', average: '一般', weak: '软弱涣散' };
export const RATING_TONE: Record<Rating['level'], Tone> = { advanced: 'brand', good: 'success', average: 'info', weak: 'danger' };
export const taskTone = (t: Task): Tone => (t.status === 'done' ? 'success' : t.overdue ? 'danger' : 'warning');
export const taskText = (t: Task) => (t.status === 'done' ? '已完成' : t.overdue ? '已逾期' : '进行中');

export interface MeetingInput {
  organizationId: number;
  kind: MeetingKind;
  title: string;
  heldAt: string;
  agenda: string;
  minutes: string;
  attendeeMemberIds: number[];
  absences: { memberId: number; reason: string }[];
}

export const recordMeeting = (body: MeetingInput) => request<MeetingRecord>({ method: 'POST', path: '/api/meetings', body });
export const useMyMeetings = () =>
  usePagedList((page, pageSize) => request<Paged<MyMeeting> & { present: number; absent: number }>({ path: '/api/me/meetings', query: { page, pageSize }, toast: false }), []);

/** The organisation's roll, for taking attendance (a branch has tens of members, a large 党委 a few hundred). */
export const useRoll = (organizationId: number | null) =>
  useFetch(
    () => request<Paged<RollMember>>({ path: '/api/admin/members', query: { organizationId: organizationId!, page: 1, pageSize: 100 }, toast: false }),
    [organizationId],
    organizationId !== null,
  );

export type ComplianceScope = { streetId?: number; organizationId?: number; period?: string };
export const useComplianceSummary = (q: ComplianceScope) =>
  useFetch(() => request<ComplianceSummary>({ path: '/api/meeting-compliance/summary', query: q, toast: false }), [q.streetId, q.organizationId, q.period]);
export const useComplianceRows = (q: ComplianceScope & { kind?: MeetingKind; status?: ComplianceStatus }) =>
  usePagedList(
    (page, pageSize) => request<Paged<ComplianceRow>>({ path: '/api/meeting-compliance', query: { ...q, page, pageSize }, toast: false }),
    [q.streetId, q.organizationId, q.period, q.kind, q.status],
  );

export type TaskScope = { streetId?: number; organizationId?: number; kind?: TaskList['kind'] };
export const useTaskLists = (q: TaskScope) =>
  usePagedList((page, pageSize) => request<Paged<TaskList>>({ path: '/api/task-lists', query: { ...q, page, pageSize }, toast: false }), [q.streetId, q.organizationId, q.kind]);
export const useTaskList = (id: number) => useFetch(() => request<TaskListDetail>({ path: `/api/task-lists/${id}`, toast: false }), [id]);
export const updateTask = (id: number, body: { progress: string; status: Task['status'] }) => request<Task>({ method: 'PATCH', path: `/api/tasks/${id}`, body });
export const closeRectification = (listId: number) => request<TaskListDetail>({ method: 'POST', path: `/api/task-lists/${listId}/close` });

export const useRatings = (level?: Rating['level']) =>
  usePagedList((page, pageSize) => request<Paged<Rating>>({ path: '/api/ratings', query: { level, page, pageSize }, toast: false }), [level]);
export const rateOrganization = (organizationId: number, body: { year: number; level: Rating['level']; reason: string }) =>
  request<Rating>({ method: 'PUT', path: `/api/organizations/${organizationId}/rating`, body });
