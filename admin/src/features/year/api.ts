import { api, get, post, type Paged } from '../../lib/api';

export type ReviewResult = 'excellent' | 'qualified' | 'basic' | 'unqualified';
export const REVIEW_LABELS: Record<ReviewResult, string> = { excellent: '优秀', qualified: '合格', basic: '基本合格', unqualified: '不合格' };

export interface PointRule {
  code: string;
  category: 'attendance' | 'volunteer' | 'study' | 'commitment' | 'award' | 'deduction';
  label: string;
  points: number;
  yearlyCap: number | null;
  /** The version in force: the year it was set for. */
  year: number;
}
export interface RosterMember {
  memberId: number;
  name: string;
  bound: boolean;
  points: number;
  review: ReviewResult | null;
  stars: number | null;
}
export interface StarRating {
  memberId: number;
  name: string;
  year: number;
  stars: number;
  points: number;
  review: ReviewResult | null;
  reason: string;
  rule: string;
  computedAt: string;
}

export const rules = (year: number) => get<PointRule[]>('/points/rules', { year });
export const editRule = (code: string, body: { year: number; label: string; points: number; yearlyCap: number | null }) => api<PointRule>('PUT', `/admin/points/rules/${code}`, { body });
export const roster = (q: { organizationId: number; year: number; page: number; pageSize: number }) => get<Paged<RosterMember>>('/admin/year-roster', q);
export const awardPoints = (body: { memberId: number; ruleCode: string; note: string }) => post('/admin/points', body);
export const recordReview = (body: { memberId: number; year: number; result: ReviewResult }) => api('PUT', '/star-ratings/reviews', { body });
export const computeStars = (body: { organizationId: number; year: number }) => post<{ rated: number }>('/star-ratings/compute', body);
export const starRatings = (q: { organizationId: number; year: number; page: number; pageSize: number }) => get<Paged<StarRating>>('/star-ratings', q);
