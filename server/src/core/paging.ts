import { z } from 'zod';

/** Shared input pieces, so every module parses ids and paging the same way. */
export const IdParam = z.object({ id: z.coerce.number().int().positive() });
export const Paging = z.object({
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type PagingInput = z.infer<typeof Paging>;

/** Every list answers one page of its items and the total. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
export const page = <T>(items: T[], total: number, p: PagingInput): Page<T> => ({ items, total, page: p.page, pageSize: p.pageSize });
