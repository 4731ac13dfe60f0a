import type { AppModule } from '../module';
import { Vote, VoteChoice, VoteOption, VoteParticipation } from './entities';
import { Votes1764000014000 } from './migrations/1764000014000-votes';
import { voteRoutes } from './routes';
import { seedVotes } from './seed';

/** What other modules may use (they import this file, never the module's other files). */
export { Vote as VoteSchema, type VoteOut } from './present';
export { openVote, recordBallot, voteResult, type VoteSubject } from './service';

/** Votes (投票): generic, opened by admins or by other modules (a sunshine selection, a recommendation round). */
export const votesModule: AppModule = {
  name: 'votes',
  entities: [Vote, VoteOption, VoteParticipation, VoteChoice],
  migrations: [Votes1764000014000],
  routes: voteRoutes,
  seed: seedVotes,
};
