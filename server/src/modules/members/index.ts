import type { AppModule } from '../module';
import { MemberBinding, PartyMember } from './entities';
import { Members1764000000300 } from './migrations/1764000000300-members';
import { MemberRoll1764000000310 } from './migrations/1764000000310-roll';
import { memberRoutes } from './routes';
import { seedMembers } from './seed';

/** What other modules may use (they import this file, never the module's other files). */
export { MemberBinding, PartyMember } from './entities';
export { maskName, maskPhone, MyMemberBinding } from './present';
export { memberBindingOf, partyMemberOf } from './service';
export { writeRoll, type RollRow } from './roll';

export const membersModule: AppModule = {
  name: 'members',
  entities: [PartyMember, MemberBinding],
  migrations: [Members1764000000300, MemberRoll1764000000310],
  routes: memberRoutes,
  seed: seedMembers,
};
