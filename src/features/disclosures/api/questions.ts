import { request } from '../../../lib/api-client';
import { usePagedList, type Paged } from '../../../lib/use-paged-list';
import type { Question } from '../types';

export const listQuestions = (disclosureId: number, page: number, pageSize: number) =>
  request<Paged<Question>>({ path: `/api/disclosures/${disclosureId}/questions`, query: { page, pageSize }, toast: false });

export const useQuestions = (disclosureId: number) => usePagedList((page, pageSize) => listQuestions(disclosureId, page, pageSize), [disclosureId]);

/** Answers `visible`, or `rejected` when WeChat's content check did not pass it. */
export const askQuestion = (disclosureId: number, content: string) =>
  request<{ id: number; status: 'visible' | 'rejected' }>({ method: 'POST', path: `/api/disclosures/${disclosureId}/questions`, body: { content } });
