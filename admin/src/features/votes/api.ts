import { get, post, type Paged } from '../../lib/api';
import type { Tone } from '../../components/StatusTag';
import type { Schemas } from '../../lib/schema';

export type Vote = Schemas['Vote'];
export type Notice = Schemas['PublicNotice'];
export type NoticeSummary = Schemas['PublicNoticeSummary'];
export type Objection = Schemas['Objection'];
export type Selection = Schemas['SunshineSelection'];
export type SelectionSummary = Schemas['SunshineSelectionSummary'];
export type SelectionStatus = Selection['status'];

export const VOTE_STATUS: Record<Vote['status'], [Tone, string]> = { scheduled: ['default', '未开始'], open: ['processing', '投票中'], closed: ['success', '已结束'] };
export const ELECTORATE: Record<Vote['electorate'], string> = { members: '本组织党员', residents: '辖区居民' };
export const NOTICE_STATUS: Record<Notice['status'], [Tone, string]> = { scheduled: ['default', '未开始'], running: ['processing', '公示中'], ended: ['success', '公示结束'] };
export const SELECTION_STATUS: Record<SelectionStatus, [Tone, string]> = {
  nominating: ['default', '提名候选人'], voting: ['processing', '党员投票'], notice: ['warning', '结果公示'], final: ['success', '评选结果'],
};
/** The wizard's steps in order, each with what takes it on. */
export const SELECTION_STEPS: SelectionStatus[] = ['nominating', 'voting', 'notice', 'final'];

type Window = { start: string; end: string };
export const votes = (q: { page: number; pageSize: number; organizationId?: number; status?: Vote['status'] }) => get<Paged<Vote>>('/votes', q);
export const createVote = (body: { organizationId: number; title: string; options: { label: string }[]; maxChoices: number; electorate: Vote['electorate']; opensAt: string; closesAt: string }) => post<Vote>('/votes', body);

export const notices = (q: { page: number; pageSize: number; organizationId?: number; active?: boolean }) => get<Paged<NoticeSummary>>('/public-notices', q);
export const notice = (id: number) => get<Notice>(`/public-notices/${id}`);
export const createNotice = (body: { organizationId: number; title: string; body: string; startsAt: string; endsAt: string; items?: string[] }) => post<Notice>('/public-notices', body);
export const replyToObjection = (id: number, body: { content: string; upheld: boolean }) => post<Objection>(`/objections/${id}/reply`, body);

export const selections = (q: { page: number; pageSize: number; organizationId?: number; year?: number }) => get<Paged<SelectionSummary>>('/sunshine-selections', q);
export const selection = (id: number) => get<Selection>(`/sunshine-selections/${id}`);
export const createSelection = (body: { organizationId: number; year: number; seats: number }) => post<Selection>('/sunshine-selections', body);
export const openSelectionVote = (id: number, w?: Window) => post<Selection>(`/sunshine-selections/${id}/vote`, w ? { opensAt: w.start, closesAt: w.end } : {});
export const publishSelectionNotice = (id: number, w?: Window) => post<Selection>(`/sunshine-selections/${id}/notice`, w ? { startsAt: w.start, endsAt: w.end } : {});
export const finalizeSelection = (id: number) => post<Selection>(`/sunshine-selections/${id}/finalize`);
