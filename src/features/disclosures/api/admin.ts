import { request } from '../../../lib/api-client';
import { usePagedList, type Paged } from '../../../lib/use-paged-list';
import type { AdminQuestion, ComplianceRow, Disclosure, DisclosureSummary, DraftChanges, DraftInput, Question, RevisionInput } from '../types';

export type { DraftInput };

export const useAdminDisclosures = (status: 'draft' | 'published') =>
  usePagedList((page, pageSize) => request<Paged<DisclosureSummary>>({ path: '/api/admin/disclosures', query: { status, page, pageSize }, toast: false }), [status]);

// The editor shows the server's field-level reasons itself, so these do not toast.
export const createDraft = (input: DraftInput) => request<Disclosure>({ method: 'POST', path: '/api/disclosures', body: input, toast: false });

/** Where a draft belongs (community, category) is fixed once created; the rest may change. */
export const updateDraft = (id: number, { communityId: _c, category: _k, ...changes }: DraftInput & DraftChanges) =>
  request<Disclosure>({ method: 'PATCH', path: `/api/disclosures/${id}`, body: changes, toast: false });

export const deleteDraft = (id: number) => request<void>({ method: 'DELETE', path: `/api/disclosures/${id}` });

export const publishDisclosure = (id: number) => request<Disclosure>({ method: 'POST', path: `/api/disclosures/${id}/publish` });

export const createRevision = (id: number, input: RevisionInput) =>
  request<Disclosure>({ method: 'POST', path: `/api/disclosures/${id}/revisions`, body: input, toast: false });

export type QuestionState = 'unanswered' | 'overdue' | 'answered';

export const useAdminQuestions = (state: QuestionState) =>
  usePagedList((page, pageSize) => request<Paged<AdminQuestion>>({ path: '/api/admin/disclosure-questions', query: { state, page, pageSize }, toast: false }), [state]);

export const replyToQuestion = (id: number, content: string) => request<Question>({ method: 'POST', path: `/api/questions/${id}/reply`, body: { content } });

export const useCompliance = (streetId?: number) =>
  usePagedList((page, pageSize) => request<Paged<ComplianceRow>>({ path: '/api/disclosure-compliance', query: { streetId, page, pageSize }, toast: false }), [streetId], 50);
