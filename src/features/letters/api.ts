import { request } from '../../lib/api-client';
import type { components } from '../../lib/api-schema';
import { usePagedList, type Paged } from '../../lib/use-paged-list';

/** A letter as its writer and the admins handling it read it. */
export type Letter = components['schemas']['Letter'];

export const LETTER_CATEGORY_TEXT: Record<Letter['category'], string> = { letter: '群众来信', suggestion: '建言献策', snapshot: '随手拍' };

export const useMyLetters = () => usePagedList((page, pageSize) => request<Paged<Letter>>({ path: '/api/me/letters', query: { page, pageSize }, toast: false }), []);
export const useDeskLetters = () =>
  usePagedList((page, pageSize) => request<Paged<Letter>>({ path: '/api/admin/letters', query: { page, pageSize, state: 'unanswered' }, toast: false }), []);

export const rateLetter = (id: number, satisfied: boolean) => request<Letter>({ method: 'POST', path: `/api/letters/${id}/rating`, body: { satisfied } });
export const replyToLetter = (id: number, content: string) => request<Letter>({ method: 'POST', path: `/api/letters/${id}/reply`, body: { content } });
