import { z } from 'zod';
import { Paging } from '../../core/paging';

export const PublishNoticeBody = z
  .strictObject({
    organizationId: z.number().int().positive(),
    title: z.string().trim().min(1).max(100),
    body: z.string().trim().min(1).max(10000),
    startsAt: z.iso.datetime({ offset: true }),
    endsAt: z.iso.datetime({ offset: true }),
    /** Named entries (e.g. the people published) that an objection may concern. */
    items: z.array(z.string().trim().min(1).max(100)).max(200).optional(),
  })
  .refine((b) => Date.parse(b.startsAt) < Date.parse(b.endsAt), { message: '结束时间须晚于开始时间', path: ['endsAt'] });
export type PublishNoticeInput = z.infer<typeof PublishNoticeBody>;

export const ObjectionBody = z.strictObject({ content: z.string().trim().min(1).max(2000), itemKey: z.string().min(1).max(30).optional() });
export type ObjectionInput = z.infer<typeof ObjectionBody>;

export const ObjectionReplyBody = z.strictObject({ content: z.string().trim().min(1).max(2000), upheld: z.boolean() });
export type ObjectionReplyInput = z.infer<typeof ObjectionReplyBody>;

export const NoticesQuery = Paging.extend({
  organizationId: z.coerce.number().int().positive().optional(),
  active: z.enum(['true', 'false']).optional().transform((v) => v === 'true'),
});
export type NoticesInput = z.infer<typeof NoticesQuery>;
