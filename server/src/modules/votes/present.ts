import { z } from 'zod';
import { Instant, Int } from '../../core/output';
import { pageOf } from '../../core/paging';
import { ELECTORATES, type Vote as VoteRow, type VoteOption } from './entities';
import { VOTE_STATES } from './schemas';

export const Subject = z.object({ type: z.string(), id: Int }).meta({ id: 'VoteSubject' });

/** A vote. Counts and the number of ballots are `null` until it closes: no running tally sways the voters. */
export const Vote = z
  .object({
    id: Int, organizationId: Int, title: z.string(), maxChoices: Int, opensAt: Instant, closesAt: Instant, electorate: z.enum(ELECTORATES),
    status: z.enum(VOTE_STATES), subject: Subject.nullable(), options: z.array(z.object({ id: Int, label: z.string(), count: Int.nullable() })),
    ballotCount: Int.nullable(),
    /** For the caller: whether they may vote in it and whether they have. */
    eligible: z.boolean(), voted: z.boolean(),
  })
  .meta({ id: 'Vote' });
export const VotePage = pageOf(Vote);
export type VoteOut = z.infer<typeof Vote>;

export const Ballot = z.object({ voteId: Int, voted: z.literal(true) }).meta({ id: 'BallotReceipt' });

export const voteStatus = (v: Pick<VoteRow, 'opensAt' | 'closesAt'>, now: Date) => (now < v.opensAt ? 'scheduled' : now < v.closesAt ? 'open' : 'closed');

export interface Tally {
  counts: Map<number, number>;
  ballots: number;
}

export function presentVote(v: VoteRow, options: VoteOption[], tally: Tally | null, caller: { eligible: boolean; voted: boolean }, now: Date): VoteOut {
  return {
    id: v.id, organizationId: v.organizationId, title: v.title, maxChoices: v.maxChoices, opensAt: v.opensAt.toISOString(), closesAt: v.closesAt.toISOString(),
    electorate: v.electorate, status: voteStatus(v, now), subject: v.subjectType && v.subjectId ? { type: v.subjectType, id: v.subjectId } : null,
    options: options.map((o) => ({ id: o.id, label: o.label, count: tally ? (tally.counts.get(o.id) ?? 0) : null })),
    ballotCount: tally?.ballots ?? null, ...caller,
  };
}
