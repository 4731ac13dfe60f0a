import { z } from 'zod';
import { Int } from '../../core/output';
import { ORGANIZATION_KINDS } from '../orgs';
import { ROLES } from '../../core/actor';

export const Role = z.enum(ROLES).meta({ id: 'Role' });

/** The token to send as `Authorization: Bearer …`, and who it is for. */
export const Login = z
  .object({ token: z.string(), user: z.object({ id: Int, nickname: z.string(), roles: z.array(Role) }) })
  .meta({ id: 'Login' });

export const DevLogins = z.object({ items: z.array(z.object({ code: z.string(), label: z.string() })) }).meta({ id: 'DevLogins' });

export const AdminScope = z.object({ organizationId: Int, name: z.string(), kind: z.enum(ORGANIZATION_KINDS) }).meta({ id: 'AdminScope' });
