import { route } from '../../http/route';
import { adminScopes, User } from '../auth';
import { merchantOf } from '../campaigns';
import { memberBindingOf } from '../members';
import { Me } from './present';

export const meRoutes = [
  route({
    method: 'get', path: '/me', access: 'user', response: Me, summary: 'The caller: roles, bindings, admin scopes',
    handler: async ({ deps, actor }) => {
      const db = deps.db.manager;
      const [user, member, merchant, scopes] = await Promise.all([
        db.findOneByOrFail(User, { id: actor.id }),
        memberBindingOf(db, actor.id),
        merchantOf(db, actor.id),
        adminScopes(db, actor.id),
      ]);
      return { id: actor.id, nickname: user.nickname, roles: actor.roles, bindings: { member, merchant }, adminScopes: scopes };
    },
  }),
];
