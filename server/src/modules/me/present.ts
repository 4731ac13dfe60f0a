import { z } from 'zod';
import { Int } from '../../core/output';
import { AdminScopeSchema, Role } from '../auth';
import { Merchant } from '../campaigns';
import { MyMemberBinding } from '../members';

/** The caller as GET /api/me answers: roles, the member and merchant bindings (phones masked), admin scopes. */
export const Me = z
  .object({
    id: Int, nickname: z.string(), roles: z.array(Role),
    bindings: z.object({ member: MyMemberBinding.nullable(), merchant: Merchant.nullable() }),
    adminScopes: z.array(AdminScopeSchema),
  })
  .meta({ id: 'Me' });
