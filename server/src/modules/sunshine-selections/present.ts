import { z } from 'zod';
import { Instant, Int } from '../../core/output';
import { pageOf } from '../../core/paging';
import { SELECTION_STATES, type SelectionCandidate, type SunshineSelection as SelectionRow } from './entities';

/** A candidate as everyone sees them: a selection publishes its candidates' names (that is what a 公示 is). */
export const Candidate = z
  .object({ id: Int, memberId: Int, name: z.string(), organizationId: Int, rank: Int, points: Int, stars: Int.nullable(), votes: Int.nullable(), winner: z.boolean(), dropped: z.boolean() })
  .meta({ id: 'SelectionCandidate' });

const iso = (d: Date | null) => d?.toISOString() ?? null;

const fields = {
  id: Int, organizationId: Int, year: Int, seats: Int, status: z.enum(SELECTION_STATES), voteId: Int.nullable(), noticeId: Int.nullable(),
  /** Each step's dates, as they are set: members follow the selection by them. */
  schedule: z.object({
    nominatedAt: Instant, voteOpensAt: Instant.nullable(), voteClosesAt: Instant.nullable(), noticeStartsAt: Instant.nullable(), noticeEndsAt: Instant.nullable(), finalizedAt: Instant.nullable(),
  }),
};
export const SelectionSummary = z.object(fields).meta({ id: 'SunshineSelectionSummary' });
export const SelectionPage = pageOf(SelectionSummary);
export const Selection = z.object({ ...fields, candidates: z.array(Candidate), winners: z.array(Candidate) }).meta({ id: 'SunshineSelection' });

export function presentSelectionSummary(s: SelectionRow): z.infer<typeof SelectionSummary> {
  return {
    id: s.id, organizationId: s.organizationId, year: s.year, seats: s.seats, status: s.status, voteId: s.voteId, noticeId: s.noticeId,
    schedule: {
      nominatedAt: s.createdAt.toISOString(), voteOpensAt: iso(s.voteOpensAt), voteClosesAt: iso(s.voteClosesAt),
      noticeStartsAt: iso(s.noticeStartsAt), noticeEndsAt: iso(s.noticeEndsAt), finalizedAt: iso(s.finalizedAt),
    },
  };
}

const presentCandidate = (c: SelectionCandidate): z.infer<typeof Candidate> => ({
  id: c.id, memberId: c.memberId, name: c.name, organizationId: c.organizationId, rank: c.rank, points: c.points, stars: c.stars, votes: c.votes, winner: c.winner, dropped: c.dropped,
});

/** Winners: those the vote chose, less any an upheld objection dropped. */
export function presentSelection(s: SelectionRow, candidates: SelectionCandidate[]): z.infer<typeof Selection> {
  const shown = candidates.map(presentCandidate);
  return { ...presentSelectionSummary(s), candidates: shown, winners: shown.filter((c) => c.winner && !c.dropped) };
}
