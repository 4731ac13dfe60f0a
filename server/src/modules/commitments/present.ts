import { z } from 'zod';
import { Instant, Int } from '../../core/output';
import { pageOf } from '../../core/paging';
import { maskName } from '../members';
import { COMMITMENT_KINDS, type Commitment as CommitmentRow, type CommitmentFulfilment as FulfilmentRow } from './entities';

export const Fulfilment = z.object({ id: Int, note: z.string(), createdAt: Instant }).meta({ id: 'CommitmentFulfilment' });

/** A commitment with what was done, newest first. A member's name is masked for others; an official's is shown (they answer for it). */
export const Commitment = z
  .object({
    id: Int, kind: z.enum(COMMITMENT_KINDS), year: Int, organizationId: Int, organizationName: z.string(), author: z.string(),
    content: z.string(), fulfilments: z.array(Fulfilment), mine: z.boolean(), createdAt: Instant,
  })
  .meta({ id: 'Commitment' });

export const CommitmentPage = pageOf(Commitment);

export function presentCommitment(c: CommitmentRow, o: { organizationName: string; fulfilments: FulfilmentRow[]; readerId?: number }): z.infer<typeof Commitment> {
  const mine = o.readerId === c.authorUserId;
  return {
    id: c.id, kind: c.kind, year: c.year, organizationId: c.organizationId, organizationName: o.organizationName,
    author: c.kind === 'member' && !mine ? maskName(c.authorName) : c.authorName,
    content: c.content,
    fulfilments: o.fulfilments.map((f) => ({ id: f.id, note: f.note, createdAt: f.createdAt.toISOString() })),
    mine, createdAt: c.createdAt.toISOString(),
  };
}
