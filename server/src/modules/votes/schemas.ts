import { z } from 'zod';
import { Paging } from '../../core/paging';
import { ELECTORATES } from './entities';

const Option = z.strictObject({ label: z.string().trim().min(1).max(100) });
const Options = z.array(Option).min(2).max(50);

export const CreateVoteBody = z
  .strictObject({
    organizationId: z.number().int().positive(),
    title: z.string().trim().min(1).max(100),
    options: Options,
    maxChoices: z.number().int().min(1).max(50),
    opensAt: z.iso.datetime({ offset: true }),
    closesAt: z.iso.datetime({ offset: true }),
    electorate: z.enum(ELECTORATES),
  })
  .refine((b) => b.maxChoices <= b.options.length, { message: '可选数不能多于选项数', path: ['maxChoices'] })
  .refine((b) => Date.parse(b.opensAt) < Date.parse(b.closesAt), { message: '截止时间须晚于开始时间', path: ['closesAt'] });
export type CreateVoteInput = z.infer<typeof CreateVoteBody>;

/** Before it opens a vote may still be corrected; from `opensAt` on its options are frozen. */
export const UpdateVoteBody = z.strictObject({ title: z.string().trim().min(1).max(100).optional(), options: Options.optional(), maxChoices: z.number().int().min(1).max(50).optional() });
export type UpdateVoteInput = z.infer<typeof UpdateVoteBody>;

export const BallotBody = z.strictObject({
  optionIds: z.array(z.number().int().positive()).min(1).max(50).refine((ids) => new Set(ids).size === ids.length, { message: '同一选项只能选一次' }),
});

export const VOTE_STATES = ['scheduled', 'open', 'closed'] as const;
export const VotesQuery = Paging.extend({ organizationId: z.coerce.number().int().positive().optional(), status: z.enum(VOTE_STATES).optional(),
  eligible: z.enum(['true', 'false']).optional().transform((v) => v === 'true'),
});
export type VotesInput = z.infer<typeof VotesQuery>;
