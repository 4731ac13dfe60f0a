import Taro from '@tarojs/taro';
import { request } from '../../lib/api-client';
import type { components, paths } from '../../lib/api-schema';
import { useFetch } from '../../lib/use-fetch';
import { usePagedList, type Paged } from '../../lib/use-paged-list';

/** A letter as its writer and the admins handling it read it. */
export type Letter = components['schemas']['Letter'];
/** A public letter as anyone reads it: masked, without its writer. */
export type PublicLetter = components['schemas']['PublicLetter'];
export type LetterCategory = Letter['category'];
export type WriteLetterInput = paths['/api/letters']['post']['requestBody']['content']['application/json'];
export type TransferInput = paths['/api/letters/{id}/transfer']['post']['requestBody']['content']['application/json'];

export const LETTER_CATEGORIES: LetterCategory[] = ['letter', 'suggestion', 'snapshot'];
export const LETTER_CATEGORY_TEXT: Record<LetterCategory, string> = { letter: '群众来信', suggestion: '建言献策', snapshot: '随手拍' };
/** At most this many photos in one letter (the server holds the same). */
export const MAX_LETTER_PHOTOS = 9;

export const useMyLetters = () => usePagedList((page, pageSize) => request<Paged<Letter>>({ path: '/api/me/letters', query: { page, pageSize }, toast: false }), []);
export const useDeskLetters = () =>
  usePagedList((page, pageSize) => request<Paged<Letter>>({ path: '/api/admin/letters', query: { page, pageSize, state: 'unanswered' }, toast: false }), []);
export const usePublicLetters = (communityId: number | undefined) =>
  usePagedList(
    (page, pageSize) => (communityId ? request<Paged<PublicLetter>>({ path: `/api/communities/${communityId}/letters`, query: { page, pageSize }, toast: false }) : Promise.resolve({ items: [], total: 0, page, pageSize })),
    [communityId],
  );

export const writeLetter = (body: WriteLetterInput) => request<{ id: number; status: 'submitted' | 'rejected'; dueAt: string }>({ method: 'POST', path: '/api/letters', body });
export const rateLetter = (id: number, satisfied: boolean) => request<Letter>({ method: 'POST', path: `/api/letters/${id}/rating`, body: { satisfied } });
export const replyToLetter = (id: number, content: string) => request<Letter>({ method: 'POST', path: `/api/letters/${id}/reply`, body: { content } });
export const transferLetter = (id: number, body: TransferInput) => request<Letter>({ method: 'POST', path: `/api/letters/${id}/transfer`, body });

/** The reply notice's template, loaded with the page: the subscribe request must run straight from the tap. */
export const useReplyNoticeTemplates = () => useFetch(() => request<{ templateIds: string[] }>({ path: '/api/letter-notice-templates', toast: false }), []);

/** Asks WeChat whether the writer allows the reply notice, before the letter is sent; H5 has no subscribe messages. */
export async function askForReplyNotice(templateIds: string[]): Promise<boolean> {
  if (process.env.TARO_ENV !== 'weapp' || templateIds.length === 0) return false;
  try {
    const res = (await Taro.requestSubscribeMessage({ tmplIds: templateIds } as unknown as Taro.requestSubscribeMessage.Option)) as unknown as Record<string, string>;
    return templateIds.some((id) => res[id] === 'accept');
  } catch {
    return false; // Refused, or switched off in settings: the letter goes without a notice.
  }
}
