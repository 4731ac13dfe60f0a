import { get, post, put, type Paged } from '../../lib/api';
import type { Tone } from '../../components/StatusTag';
import type { Schemas } from '../../lib/schema';

export type ComplianceRow = Schemas['MeetingComplianceRow'];
export type ComplianceSummary = Schemas['MeetingComplianceSummary'];
export type Meeting = Schemas['MeetingSummary'];
export type Task = Schemas['ResponsibilityTask'];
export type Rating = Schemas['OrganizationRating'];
export type MeetingKind = Meeting['kind'];
export type ComplianceStatus = ComplianceRow['kinds'][number]['status'];
export type Group = ComplianceRow['group'];
export type RatingLevel = Rating['level'];

export const KIND: Record<MeetingKind, string> = {
  branch_committee: '支委会', group: '党小组会', branch_general: '支部党员大会', party_lecture: '党课', org_life: '组织生活会', democratic_review: '民主评议党员',
};
export const KINDS = Object.keys(KIND) as MeetingKind[];
export const STATUS: Record<ComplianceStatus, [Tone, string]> = { on_time: ['success', '按时'], late: ['warning', '补开'], missing: ['error', '未开'], not_due: ['default', '未到期'] };
export const GROUP: Record<Group, string> = { rural: '农村社区', urban: '城市社区', enterprise: '非公企业', other: '其他' };
export const LEVEL: Record<RatingLevel, [Tone, string]> = { advanced: ['processing', '先进'], good: ['success', '好'], average: ['default', '一般'], weak: ['error', '软弱涣散'] };

type Periods = { period?: string };
export const complianceSummary = (q: Periods) => get<ComplianceSummary>('/meeting-compliance/summary', q);
export const complianceRows = (q: Periods & { page: number; pageSize: number; kind?: MeetingKind; status?: ComplianceStatus; group?: Group }) =>
  get<Paged<ComplianceRow> & { period: string; quarter: string; year: string }>('/meeting-compliance', q);
export const meetings = (q: { page: number; pageSize: number; kind?: MeetingKind; period?: string }) => get<Paged<Meeting>>('/meetings', q);
export const tasks = (q: { page: number; pageSize: number; overdue?: boolean; status?: string; kind?: string }) => get<Paged<Task>>('/tasks', q);
export const ratings = (q: { page: number; pageSize: number; level?: RatingLevel; year?: number }) => get<Paged<Rating>>('/ratings', q);
export const rate = (organizationId: number, body: { year: number; level: RatingLevel; reason: string }) => put<Rating>(`/organizations/${organizationId}/rating`, body);
export const closeRectification = (taskListId: number) => post(`/task-lists/${taskListId}/close`);
