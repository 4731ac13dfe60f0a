import { get, patch, post, type Paged } from '../../lib/api';
import type { Schemas } from '../../lib/schema';

export type Category = 'party' | 'affairs' | 'finance';
export const CATEGORY: Record<Category, string> = { party: '党务', affairs: '居务', finance: '财务' };
export type FinanceItem = Schemas['FinanceItem'];
export type DisclosureRow = Schemas['DisclosureSummary'];
export type Disclosure = Schemas['Disclosure'];
export type Question = Schemas['AdminDisclosureQuestionPage']['items'][number];
export type ComplianceRow = Schemas['ComplianceRow'];
export type ComplianceStatus = ComplianceRow['categories'][number]['status'];

export const adminDisclosures = (q: { page: number; pageSize: number; status?: string; communityId?: number; category?: string }) => get<Paged<DisclosureRow>>('/admin/disclosures', q);
export const disclosure = (id: number) => get<Disclosure>(`/disclosures/${id}`);
export const createDraft = (b: { communityId: number; category: Category; title: string; period: string; body: string; items?: FinanceItem[] }) => post<Disclosure>('/disclosures', b);
export const updateDraft = (id: number, b: { title?: string; period?: string; body?: string; items?: FinanceItem[] }) => patch<Disclosure>(`/disclosures/${id}`, b);
export const publish = (id: number) => post<Disclosure>(`/disclosures/${id}/publish`);
export const adminQuestions = (q: { page: number; pageSize: number; state: string; communityId?: number }) => get<Paged<Question>>('/admin/disclosure-questions', q);
export const reply = (id: number, content: string) => post(`/questions/${id}/reply`, { content });
export const compliance = (q: { streetId?: number; period?: string; category?: string; status?: string; page?: number; pageSize?: number }) =>
  get<Paged<ComplianceRow> & { period: string }>('/disclosure-compliance', { pageSize: 100, ...q });
