import { request } from '../../lib/api-client';
import type { components, paths } from '../../lib/api-schema';
import { useFetch } from '../../lib/use-fetch';
import { usePagedList, type Paged } from '../../lib/use-paged-list';
import type { Tone } from '../../components/StatusTag';

export type Vote = components['schemas']['Vote'];
export type PublicNotice = components['schemas']['PublicNotice'];
export type PublicNoticeSummary = components['schemas']['PublicNoticeSummary'];
export type Selection = components['schemas']['SunshineSelection'];
export type SelectionSummary = components['schemas']['SunshineSelectionSummary'];

export const VOTE_STATUS: Record<Vote['status'], { label: string; tone: Tone }> = {
  scheduled: { label: '未开始', tone: 'neutral' }, open: { label: '投票中', tone: 'brand' }, closed: { label: '已结束', tone: 'success' },
};
export const NOTICE_STATUS: Record<PublicNotice['status'], { label: string; tone: Tone }> = {
  scheduled: { label: '未开始', tone: 'neutral' }, running: { label: '公示中', tone: 'brand' }, ended: { label: '公示结束', tone: 'success' },
};
export const SELECTION_STEPS: { status: Selection['status']; label: string }[] = [
  { status: 'nominating', label: '提名候选人' }, { status: 'voting', label: '党员投票' }, { status: 'notice', label: '结果公示' }, { status: 'final', label: '评选结果' },
];

export const useVotes = () => usePagedList((page, pageSize) => request<Paged<Vote>>({ path: '/api/votes', query: { page, pageSize, eligible: 'true' }, toast: false }), []);
export const useVote = (id: number) => useFetch(() => request<Vote>({ path: `/api/votes/${id}`, toast: false }), [id]);
export type VoteInput = paths['/api/votes']['post']['requestBody']['content']['application/json'];
export type NoticeInput = paths['/api/public-notices']['post']['requestBody']['content']['application/json'];
export const ELECTORATE_LABELS: Record<Vote['electorate'], string> = { members: '本组织党员', residents: '辖区居民' };

export const createVote = (body: VoteInput) => request<Vote>({ method: 'POST', path: '/api/votes', body });
export const castBallot = (id: number, optionIds: number[]) => request({ method: 'POST', path: `/api/votes/${id}/ballots`, body: { optionIds } });

export const useNotices = () => usePagedList((page, pageSize) => request<Paged<PublicNoticeSummary>>({ path: '/api/public-notices', query: { page, pageSize }, toast: false }), []);
export const useNotice = (id: number) => useFetch(() => request<PublicNotice>({ path: `/api/public-notices/${id}`, toast: false }), [id]);
export const createNotice = (body: NoticeInput) => request<PublicNotice>({ method: 'POST', path: '/api/public-notices', body });
export const lodgeObjection = (id: number, body: { content: string; itemKey?: string }) =>
  request<{ id: number; status: 'visible' | 'rejected' }>({ method: 'POST', path: `/api/public-notices/${id}/objections`, body });
export const replyToObjection = (id: number, body: { content: string; upheld: boolean }) => request({ method: 'POST', path: `/api/objections/${id}/reply`, body });

export const useSelections = () => usePagedList((page, pageSize) => request<Paged<SelectionSummary>>({ path: '/api/sunshine-selections', query: { page, pageSize }, toast: false }), []);
export const useSelection = (id: number) => useFetch(() => request<Selection>({ path: `/api/sunshine-selections/${id}`, toast: false }), [id]);
export const createSelection = (body: { organizationId: number; year: number; seats: number }) => request<Selection>({ method: 'POST', path: '/api/sunshine-selections', body });
/** The wizard's next step: open the vote, publish the 公示, finalize. */
export const selectionStep = (id: number, step: 'vote' | 'notice' | 'finalize') => request<Selection>({ method: 'POST', path: `/api/sunshine-selections/${id}/${step}`, body: {} });
