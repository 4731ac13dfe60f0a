import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { Actor } from '../../core/actor';
import { page, type PagingInput } from '../../core/paging';
import type { Deps } from '../../deps';
import { inTransaction } from '../../db/transaction';
import { Conflict, getOrThrow } from '../../errors';
import { AdminScope, User, forgetActor, grantRole, newUser } from '../auth';
import { recordAudit } from '../audit';
import { Organization, organizationPath, withinScope } from '../orgs';
import { appointmentPolicy } from './policy';
import type { Appointment as AppointmentSchema } from './present';

export type Appointment = z.infer<typeof AppointmentSchema>;

const present = (r: Record<string, unknown>): Appointment => ({
  id: Number(r.id),
  userId: Number(r.userId),
  userNickname: r.userNickname as string,
  organizationId: Number(r.organizationId),
  organizationName: r.organizationName as string,
  grantedById: r.grantedById === null ? null : Number(r.grantedById),
  grantedAt: new Date(r.grantedAt as string | Date).toISOString(),
});

const appointments = (db: EntityManager) =>
  db
    .createQueryBuilder(AdminScope, 's')
    .innerJoin(Organization, 'o', 'o.id = s.organizationId')
    .innerJoin(User, 'u', 'u.id = s.userId')
    .select(['s.id AS id', 's.userId AS userId', 'u.nickname AS userNickname', 's.organizationId AS organizationId', 'o.name AS organizationName'])
    .addSelect(['s.grantedById AS grantedById', 's.createdAt AS grantedAt']);

async function appointmentById(db: EntityManager, id: number): Promise<Appointment> {
  return present(getOrThrow(await appointments(db).where('s.id = :id', { id }).getRawOne(), '任命'));
}

/** The appointments inside the caller's scope; `organizationId` narrows them to that organisation's subtree. */
export async function listAppointments(db: EntityManager, actor: Actor, q: PagingInput & { organizationId?: number }) {
  await appointmentPolicy.list(db, actor);
  const qb = appointments(db).orderBy('s.id');
  withinScope(qb, actor, 'o.path');
  if (q.organizationId) qb.andWhere('o.path LIKE :sub', { sub: `${await organizationPath(db, q.organizationId)}%` });
  const [count, rows] = await Promise.all([
    qb.clone().select('COUNT(*)', 'total').orderBy().getRawOne<{ total: string | number }>(),
    qb.offset((q.page - 1) * q.pageSize).limit(q.pageSize).getRawMany(),
  ]);
  return page(rows.map(present), Number(count?.total ?? 0), q);
}

/** Inserts the appointment (the unique (userId, organizationId) index refuses a second) and audits it. */
async function insertAppointment(db: EntityManager, actor: Actor, input: { userId: number; organizationId: number; grantedById: number | null }, path: string) {
  if (await db.existsBy(AdminScope, { userId: input.userId, organizationId: input.organizationId }))
    throw new Conflict('ALREADY_APPOINTED', '该用户已是此组织的管理员');
  const { identifiers } = await db.insert(AdminScope, input);
  const appointment = await appointmentById(db, Number(identifiers[0].id));
  await recordAudit(db, actor, { action: 'admin_scope.grant', entityType: 'admin_scope', entityId: appointment.id, organizationPath: path, after: appointment });
  forgetActor(db.connection, input.userId);
  return appointment;
}

/** Appoints a user admin of an organisation inside the caller's scope; the user thereby has the `org_admin` role. */
export const appoint = (deps: Deps, actor: Actor, input: { userId: number; organizationId: number }) => inTransaction(deps.db, (db) => appointIn(db, actor, input));

/** The same inside the caller's transaction (an alliance is created with its admins, all or nothing). */
export async function appointIn(db: EntityManager, actor: Actor, input: { userId: number; organizationId: number }) {
  const path = await appointmentPolicy.appoint(db, actor, input);
  getOrThrow(await db.findOneBy(User, { id: input.userId }), '用户');
  return insertAppointment(db, actor, { ...input, grantedById: actor.id }, path);
}

/** The admins appointed on exactly these organisations (not their subtrees), oldest first. */
export async function appointmentsOn(db: EntityManager, organizationIds: number[]): Promise<Appointment[]> {
  if (!organizationIds.length) return [];
  return (await appointments(db).where('s.organizationId IN (:...ids)', { ids: organizationIds }).orderBy('s.id').getRawMany()).map(present);
}

/**
 * Revokes an appointment inside the caller's scope. `org_admin` follows the scopes, so it goes with
 * the last one; other processes see the change within the actor cache's few seconds (auth/service).
 */
export async function revoke(deps: Deps, actor: Actor, id: number): Promise<void> {
  await inTransaction(deps.db, async (db) => {
    const scope = getOrThrow(await db.findOneBy(AdminScope, { id }), '任命');
    const path = await appointmentPolicy.revoke(db, actor, scope);
    const before = await appointmentById(db, id);
    await db.delete(AdminScope, { id });
    await recordAudit(db, actor, { action: 'admin_scope.revoke', entityType: 'admin_scope', entityId: id, organizationPath: path, before });
    forgetActor(db.connection, scope.userId);
  });
}

/** The command line acts as nobody's account: its audit records carry actor id 0. */
const COMMAND_LINE: Actor = { id: 0, openid: 'command-line', roles: ['resident', 'district_admin'], scopePaths: [] };

/**
 * `npm run admin:grant`: the first admin of an install, by openid (the user row is created when they
 * have never logged in), of the district or of one organisation. Audited like an appointment.
 */
export async function grantFromCommandLine(deps: Deps, input: { openid: string } & ({ district: true } | { organizationId: number })) {
  return inTransaction(deps.db, async (db) => {
    await db.createQueryBuilder().insert().into(User).values(newUser(input.openid)).orIgnore().updateEntity(false).execute();
    const user = await db.findOneByOrFail(User, { openid: input.openid });
    if ('district' in input) {
      await grantRole(db, user.id, 'district_admin');
      await recordAudit(db, COMMAND_LINE, { action: 'user_role.grant', entityType: 'user', entityId: user.id, organizationPath: '/', after: { userId: user.id, role: 'district_admin' } });
      return { userId: user.id, role: 'district_admin' as const };
    }
    const path = await organizationPath(db, input.organizationId);
    return insertAppointment(db, COMMAND_LINE, { userId: user.id, organizationId: input.organizationId, grantedById: null }, path);
  });
}
