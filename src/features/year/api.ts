import { request } from '../../lib/api-client';
import type { components } from '../../lib/api-schema';
import { useFetch } from '../../lib/use-fetch';
import { usePagedList, type Paged } from '../../lib/use-paged-list';

type Schemas = components['schemas'];
/** The shapes of the "Members' year" section of API.md, generated from the server's OpenAPI document. */
export type PointRule = Schemas['PointRule'];
export type MyPointRule = Schemas['MyPointRule'];
export type StarRating = Schemas['StarRating'];
export type Commitment = Schemas['Commitment'];
export type RosterMember = Schemas['YearRosterMember'];
export type RankedMember = Schemas['RankedMember'];
export type ReviewResult = Schemas['MemberReview']['result'];

export const REVIEW_LABELS: Record<ReviewResult, string> = { excellent: '优秀', qualified: '合格', basic: '基本合格', unqualified: '不合格' };
export const REVIEW_RESULTS = Object.keys(REVIEW_LABELS) as ReviewResult[];
export const COMMITMENT_KIND_LABELS: Record<Commitment['kind'], string> = { official: '履职承诺', member: '阳光承诺' };

/** ★★★☆☆ */
export const starText = (stars: number) => '★'.repeat(stars) + '☆'.repeat(5 - stars);
/** A cap in words: 年度上限 30 分, or 不设上限. */
export const capText = (cap: number | null) => (cap === null ? '不设上限' : `年度上限 ${cap} 分`);

export const useRules = (year: number) => useFetch(() => request<PointRule[]>({ path: '/api/points/rules', query: { year }, toast: false }), [year]);
export const useMyStars = () => useFetch(async () => (await request<Schemas['MyStars']>({ path: '/api/me/stars', toast: false })).items, []);

export const useCommitments = (organizationId: number | undefined, year: number) =>
  usePagedList(
    (page, pageSize) =>
      organizationId === undefined
        ? Promise.resolve({ items: [], total: 0, page, pageSize })
        : request<Paged<Commitment>>({ path: '/api/commitments', query: { organizationId, year, page, pageSize }, toast: false }),
    [organizationId, year],
  );
export const useMyCommitments = () => usePagedList((page, pageSize) => request<Paged<Commitment>>({ path: '/api/me/commitments', query: { page, pageSize }, toast: false }), []);

export const useRanking = (organizationId: number | null, year: number) =>
  usePagedList(
    (page, pageSize) =>
      organizationId === null ? Promise.resolve({ items: [], total: 0, page, pageSize }) : request<Paged<RankedMember>>({ path: '/api/points/ranking', query: { organizationId, year, page, pageSize }, toast: false }),
    [organizationId, year],
  );
export const useRoster = (organizationId: number | null, year: number) =>
  usePagedList(
    (page, pageSize) =>
      organizationId === null ? Promise.resolve({ items: [], total: 0, page, pageSize }) : request<Paged<RosterMember>>({ path: '/api/admin/year-roster', query: { organizationId, year, page, pageSize }, toast: false }),
    [organizationId, year],
  );

export const publishCommitment = (body: { year: number; content: string; organizationId?: number }) => request<Commitment>({ method: 'POST', path: '/api/commitments', body });
export const addFulfilment = (id: number, note: string) => request<Commitment>({ method: 'POST', path: `/api/commitments/${id}/fulfilments`, body: { note } });
export const awardPoints = (body: { memberId: number; ruleCode: string; note: string }) => request<Schemas['PointEntry']>({ method: 'POST', path: '/api/admin/points', body });
export const recordReview = (body: { memberId: number; year: number; result: ReviewResult }) => request<Schemas['MemberReview']>({ method: 'PUT', path: '/api/star-ratings/reviews', body });
export const computeStars = (body: { organizationId: number; year: number }) => request<Schemas['StarComputation']>({ method: 'POST', path: '/api/star-ratings/compute', body });
export const editRule = (code: string, body: { year: number; label: string; points: number; yearlyCap: number | null }) =>
  request<PointRule>({ method: 'PUT', path: `/api/admin/points/rules/${code}`, body });
