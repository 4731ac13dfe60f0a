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

/** The output schema of a page of `Item`s, named after it (`DisclosureSummaryPage`). */
export function pageOf<T extends z.ZodType>(Item: T, name?: string) {
  const id = name ?? `${z.globalRegistry.get(Item)?.id ?? ''}Page`;
  if (id === 'Page') throw new Error('pageOf: name the item schema with .meta({ id }) or pass a name');
  return z.object({ items: z.array(Item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() }).meta({ id });
}
