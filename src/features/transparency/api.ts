import { request } from '../../lib/api-client';
import type { components } from '../../lib/api-schema';
import { useFetch } from '../../lib/use-fetch';
import { usePagedList, type Paged } from '../../lib/use-paged-list';

type Schemas = components['schemas'];
/** A community's 公开档案. */
export type TransparencyCard = Schemas['TransparencyCard'];
export type FigureRow = Schemas['TransparencyFigureRow'];
export type Figure = Schemas['TransparencyFigureRowPage']['figure'];
export type Ranking = Schemas['TransparencyRanking'];
export type ComplianceStatus = TransparencyCard['disclosures']['months'][number]['categories'][number]['status'];
export type AnswerState = keyof TransparencyCard['letters'];

export const COMPLIANCE_TEXT: Record<ComplianceStatus, string> = { on_time: '按时公开', late: '逾期公开', missing: '待公开', not_due: '未到期' };
export const ANSWER_TEXT: Record<AnswerState, string> = { on_time: '按时答复', late: '逾期答复', overdue: '超期未答复', open: '办理中' };

export const useTransparencyCard = (communityId: number | undefined) =>
  useFetch(() => request<TransparencyCard>({ path: `/api/communities/${communityId}/transparency`, toast: false }), [communityId], !!communityId);

export const useFigureRows = (communityId: number, figure: Figure) =>
  usePagedList((page, pageSize) => request<Paged<FigureRow>>({ path: `/api/communities/${communityId}/transparency/rows`, query: { figure, page, pageSize }, toast: false }), [communityId, figure]);

/** A street's communities ranked by their record; without a street, the district's. */
export const useRanking = (streetId?: number) =>
  useFetch(() => request<Ranking>({ path: streetId ? `/api/streets/${streetId}/transparency` : '/api/transparency', toast: false }), [streetId]);

export const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)}%`);
