import { get, post, put, type Paged } from '../../lib/api';
import type { Tone } from '../../components/StatusTag';

export type MeetingKind = 'branch_committee' | 'group' | 'branch_general' | 'party_lecture' | 'org_life' | 'democratic_review';
export type ComplianceStatus = 'on_time' | 'late' | 'missing' | 'not_due';
export type Group = 'rural' | 'urban' | 'enterprise' | 'other';
export type RatingLevel = 'advanced' | 'good' | 'average' | 'weak';

export const KIND: Record<MeetingKind, string> = {
  branch_committee: '支委会', group: '党小组会', branch_general: '支部党员大会', party_lecture: '党课', org_life: '组织生活会', democratic_review: '民主评议党员',
};
export const KINDS = Object.keys(KIND) as MeetingKind[];
export const STATUS: Record<ComplianceStatus, [Tone, string]> = { on_time: ['success', '按时'], late: ['warning', '补开'], missing: ['error', '未开'], not_due: ['default', '未到期'] };
export const GROUP: Record<Group, string> = { rural: '农村社区', urban: '城市社区', enterprise: '非公企业', other: '其他' };
export const LEVEL: Record<RatingLevel, [Tone, string]> = { advanced: ['processing', '先进'], good: ['success', '好'], average: ['default', '一般'], weak: ['error', '软弱涣散'] };

export interface ComplianceRow {
  organizationId: number;
  organizationName: string;
  group: Group;
  streetName: string | null;
  kinds: { kind: MeetingKind; period: string; status: ComplianceStatus; held: number; firstHeldAt: string | null }[];
}
type Counts = Record<ComplianceStatus, number>;
export interface ComplianceSummary {
  period: string;
  quarter: string;
  year: string;
  organizations: number;
  byKind: Record<MeetingKind, Counts>;
  orgLifeByGroup: Record<Group, { organizations: number; held: number }>;
  streets: { streetId: number; streetName: string; organizations: number; byKind: Record<MeetingKind, Counts> }[];
}
export interface Meeting {
  id: number;
  organizationName: string;
  kind: MeetingKind;
  title: string;
  heldAt: string;
  period: string;
  presentCount: number;
  absentCount: number;
}
export interface Task {
  id: number;
  organizationName: string;
  listTitle: string;
  title: string;
  owner: string;
  dueAt: string;
  status: 'open' | 'done';
  progress: string | null;
  overdue: boolean;
}
export interface Rating {
  id: number;
  organizationId: number;
  organizationName: string;
  year: number;
  level: RatingLevel;
  reason: string;
  ratedAt: string;
  rectification: { taskListId: number; closedAt: string | null; taskCount: number; doneCount: number; overdueCount: number } | null;
}

type Periods = { period?: string };
export const complianceSummary = (q: Periods) => get<ComplianceSummary>('/meeting-compliance/summary', q);
export const complianceRows = (q: Periods & { page: number; pageSize: number; kind?: MeetingKind; status?: ComplianceStatus; group?: Group }) =>
  get<Paged<ComplianceRow> & { period: string; quarter: string; year: string }>('/meeting-compliance', q);
export const meetings = (q: { page: number; pageSize: number; kind?: MeetingKind; period?: string }) => get<Paged<Meeting>>('/meetings', q);
export const tasks = (q: { page: number; pageSize: number; overdue?: boolean; status?: string; kind?: string }) => get<Paged<Task>>('/tasks', q);
export const ratings = (q: { page: number; pageSize: number; level?: RatingLevel; year?: number }) => get<Paged<Rating>>('/ratings', q);
export const rate = (organizationId: number, body: { year: number; level: RatingLevel; reason: string }) => put<Rating>(`/organizations/${organizationId}/rating`, body);
export const closeRectification = (taskListId: number) => post(`/task-lists/${taskListId}/close`);
