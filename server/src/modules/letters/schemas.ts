import { z } from 'zod';
import { Paging } from '../../core/paging';
import { LETTER_CATEGORIES } from './entities';

const Id = z.coerce.number().int().positive();

export const WriteLetterBody = z.strictObject({
  communityId: z.number().int().positive(),
  category: z.enum(LETTER_CATEGORIES),
  title: z.string().trim().min(1).max(100),
  content: z.string().trim().min(1).max(5000),
  photoIds: z.array(z.number().int().positive()).max(9).default([]),
  public: z.boolean(),
  /** The writer allowed the reply's subscribe message (`Taro.requestSubscribeMessage` before sending). */
  subscribe: z.boolean().default(false),
});
export type WriteLetterInput = z.infer<typeof WriteLetterBody>;

export const LetterReplyBody = z.strictObject({ content: z.string().trim().min(1).max(2000) });
export const RatingBody = z.strictObject({ satisfied: z.boolean(), comment: z.string().trim().min(1).max(500).optional() });
export type RatingInput = z.infer<typeof RatingBody>;

/** To another community, or (`toStreet`) up to the community's street; a reason either way. */
export const TransferBody = z
  .strictObject({ communityId: z.number().int().positive().optional(), toStreet: z.literal(true).optional(), reason: z.string().trim().min(1).max(200) })
  .refine((b) => !!b.communityId !== !!b.toStreet, { message: '请选择转给另一社区（communityId）或上报街道（toStreet）', path: ['communityId'] });
export type TransferInput = z.infer<typeof TransferBody>;

export const LETTER_STATES = ['unanswered', 'overdue', 'answered', 'all'] as const;
export const AdminLettersQuery = Paging.extend({ state: z.enum(LETTER_STATES).default('unanswered'), communityId: Id.optional() });
export type AdminLettersInput = z.infer<typeof AdminLettersQuery>;
