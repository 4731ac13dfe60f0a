import type { AppModule } from '../module';
import { MemberBinding, PartyMember } from './entities';
import { Members1764000000300 } from './migrations/1764000000300-members';
import { memberRoutes } from './routes';
import { seedMembers } from './seed';

export const membersModule: AppModule = {
  name: 'members',
  entities: [PartyMember, MemberBinding],
  migrations: [Members1764000000300],
  routes: memberRoutes,
  seed: seedMembers,
};
