import type { AppModule } from '../module';
import { Commitment, CommitmentFulfilment } from './entities';
import { Commitments1765000003000 } from './migrations/1765000003000-commitments';
import { commitmentRoutes } from './routes';
import { seedCommitments } from './seed';

/** 阳光承诺 and 履职承诺: public promises for the year and what was done. */
export const commitmentsModule: AppModule = {
  name: 'commitments',
  entities: [Commitment, CommitmentFulfilment],
  migrations: [Commitments1765000003000],
  routes: commitmentRoutes,
  seed: seedCommitments,
};
