import { request } from '../../lib/api-client';
import type { components } from '../../lib/api-schema';
import { useFetch } from '../../lib/use-fetch';
import { shanghaiDate, shanghaiInstant } from '../../lib/time';
import { usePagedList, type Paged } from '../../lib/use-paged-list';
import type { Tone } from '../../components/StatusTag';

type Schemas = components['schemas'];
/** The shapes of the "Development of new members" section of API.md, generated from the server's OpenAPI document. */
export type Applicant = Schemas['Applicant'];
export type Stage = Applicant['stage'];
export type PointEntry = Schemas['ApplicantPointEntry'];
export type RankedActivist = Schemas['ActivistRanking'];
export type DueStep = Schemas['DevelopmentDueStep'];
export type Condition = Schemas['DisqualifyingCondition'];
export type Round = Schemas['ActivistRecommendation'];

/** The stages in order (server: STAGES); a move goes to the next one only. */
export const STAGES: Stage[] = ['applicant', 'activist', 'candidate', 'probationary', 'full'];
export const STAGE_LABELS: Record<Stage, string> = { applicant: '入党申请人', activist: '入党积极分子', candidate: '发展对象', probationary: '预备党员', full: '正式党员' };
export const STAGE_TONES: Record<Stage, Tone> = { applicant: 'neutral', activist: 'info', candidate: 'warning', probationary: 'brand', full: 'success' };
export const nextStage = (stage: Stage): Stage | undefined => STAGES[STAGES.indexOf(stage) + 1];

/** What each step is usually evidenced by (the branch ticks what it holds, and may add more). */
export const STEP_EVIDENCE: Record<Stage, string[]> = {
  applicant: ['入党申请书'],
  activist: ['谈话记录', '党员推荐', '群团组织推优'],
  candidate: ['培训结业', '政审材料', '听取党内外群众意见'],
  probationary: ['发展对象公示', '支部大会表决', '上级党委审批'],
  full: ['转正申请', '转正公示', '支部大会表决'],
};

export const ROUND_STATUS: Record<Round['status'], { label: string; tone: Tone }> = {
  voting: { label: '党员投票', tone: 'brand' }, notice: { label: '结果公示', tone: 'warning' }, finalized: { label: '已确定发展对象', tone: 'success' },
};

/**
 * The instant a step is dated at, from the day picked: a past day at noon in Shanghai; today a few
 * minutes back (a phone's clock may run ahead of the server's, and a step may not be in the future),
 * never before today's start nor the step before (`notBefore`).
 */
export function stepInstant(date: string, notBefore?: string): string {
  if (date !== shanghaiDate()) return shanghaiInstant(date, '12:00');
  const times = [Date.now() - 5 * 60 * 1000, new Date(shanghaiInstant(date)).getTime(), notBefore ? new Date(notBefore).getTime() : 0];
  return new Date(Math.max(...times)).toISOString();
}

const none = <T>(page: number, pageSize: number): Promise<Paged<T>> => Promise.resolve({ items: [], total: 0, page, pageSize });

/** My scope's pipeline at one stage (all stages when undefined), or the disqualified. */
export const useApplicants = (filter: { stage?: Stage; disqualified?: boolean }) =>
  usePagedList(
    (page, pageSize) =>
      request<Paged<Applicant>>({ path: '/api/applicants', query: { page, pageSize, stage: filter.stage, disqualified: filter.disqualified ? 'true' : undefined }, toast: false }),
    [filter.stage, filter.disqualified],
  );
export const useDueSteps = () => useFetch(() => request<Paged<DueStep>>({ path: '/api/applicants/due', query: { pageSize: 100 }, toast: false }), []);
export const useApplicant = (id: number) => useFetch(() => request<Applicant>({ path: `/api/applicants/${id}`, toast: false }), [id]);
export const usePoints = (id: number) => usePagedList((page, pageSize) => request<Paged<PointEntry>>({ path: `/api/applicants/${id}/points`, query: { page, pageSize }, toast: false }), [id]);
export const useRanking = (organizationId: number | null, year: number) =>
  usePagedList(
    (page, pageSize) => (organizationId === null ? none<RankedActivist>(page, pageSize) : request<Paged<RankedActivist>>({ path: '/api/applicants/ranking', query: { organizationId, year, page, pageSize }, toast: false })),
    [organizationId, year],
  );
export const useConditions = () => useFetch(() => request<Paged<Condition>>({ path: '/api/applicants/disqualifying-conditions', query: { pageSize: 100 }, toast: false }), []);
export const useRounds = (organizationId: number | null) =>
  usePagedList(
    (page, pageSize) => (organizationId === null ? none<Round>(page, pageSize) : request<Paged<Round>>({ path: '/api/activist-recommendations', query: { organizationId, page, pageSize }, toast: false })),
    [organizationId],
  );
export const useRound = (id: number) => useFetch(() => request<Round>({ path: `/api/activist-recommendations/${id}`, toast: false }), [id]);

export const createApplicant = (body: { name: string; organizationId: number; appliedAt: string; birthDate: string }) => request<Applicant>({ method: 'POST', path: '/api/applicants', body });
/** The page shows a refusal under the form (the rule's message), so no toast. */
export const moveStage = (id: number, body: { stage: Stage; at: string; note: string; evidence: string[] }) =>
  request<Applicant>({ method: 'POST', path: `/api/applicants/${id}/stages`, body, toast: false });
export const addPoints = (id: number, body: { delta: number; reason: string }) => request<PointEntry>({ method: 'POST', path: `/api/applicants/${id}/points`, body });
export const disqualify = (id: number, body: { conditionCode: string; note: string }) => request<Applicant>({ method: 'POST', path: `/api/applicants/${id}/disqualify`, body });
export const saveCondition = (code: string, title: string) => request<Condition>({ method: 'PUT', path: `/api/applicants/disqualifying-conditions/${encodeURIComponent(code)}`, body: { title } });
export const createRound = (body: { organizationId: number; year: number; seats: number; closesAt: string }) => request<Round>({ method: 'POST', path: '/api/activist-recommendations', body });
export const publishRoundNotice = (id: number, endsAt: string) => request<Round>({ method: 'POST', path: `/api/activist-recommendations/${id}/notice`, body: { endsAt } });
export const finalizeRound = (id: number, at: string) => request<Round>({ method: 'POST', path: `/api/activist-recommendations/${id}/finalize`, body: { at } });
