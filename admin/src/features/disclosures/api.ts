import { get, patch, post, type Paged } from '../../lib/api';

export type Category = 'party' | 'affairs' | 'finance';
export const CATEGORY: Record<Category, string> = { party: '党务', affairs: '居务', finance: '财务' };
export interface FinanceItem {
  subject: string;
  direction: 'income' | 'expense';
  amountFen: number;
}
export interface DisclosureRow {
  id: number;
  communityId: number;
  category: Category;
  title: string;
  period: string;
  status: 'draft' | 'published' | 'withdrawn';
  publishedAt: string | null;
  revision: number;
  supersededById: number | null;
  totals: { incomeFen: number; expenseFen: number; balanceFen: number } | null;
  updatedAt: string;
}
export interface Disclosure extends DisclosureRow {
  body: string;
  items: FinanceItem[] | null;
}
export interface Question {
  id: number;
  disclosureId: number;
  disclosureTitle: string;
  content: string;
  createdAt: string;
  dueAt: string;
  overdue: boolean;
  reply: string | null;
  repliedAt: string | null;
}
export type ComplianceStatus = 'on_time' | 'late' | 'missing' | 'not_due';
export interface ComplianceRow {
  communityId: number;
  communityName: string;
  streetId: number;
  streetName: string;
  categories: { category: Category; period: string; status: ComplianceStatus; publishedAt: string | null }[];
}

export const adminDisclosures = (q: { page: number; pageSize: number; status?: string; communityId?: number; category?: string }) => get<Paged<DisclosureRow>>('/admin/disclosures', q);
export const disclosure = (id: number) => get<Disclosure>(`/disclosures/${id}`);
export const createDraft = (b: { communityId: number; category: Category; title: string; period: string; body: string; items?: FinanceItem[] }) => post<Disclosure>('/disclosures', b);
export const updateDraft = (id: number, b: { title?: string; period?: string; body?: string; items?: FinanceItem[] }) => patch<Disclosure>(`/disclosures/${id}`, b);
export const publish = (id: number) => post<Disclosure>(`/disclosures/${id}/publish`);
export const adminQuestions = (q: { page: number; pageSize: number; state: string; communityId?: number }) => get<Paged<Question>>('/admin/disclosure-questions', q);
export const reply = (id: number, content: string) => post(`/questions/${id}/reply`, { content });
export const compliance = (q: { streetId?: number; period?: string; category?: string; status?: string; page?: number; pageSize?: number }) =>
  get<Paged<ComplianceRow> & { period: string }>('/disclosure-compliance', { pageSize: 100, ...q });
