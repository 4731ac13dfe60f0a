import { In, IsNull, type EntityManager } from 'typeorm';
import type { Deps } from '../../deps';
import { Conflict, getOrThrow } from '../../errors';
import { page, type PagingInput } from '../../core/paging';
import { reviewOnce, type Decision } from '../../db/review';
import { inTransaction } from '../../db/transaction';
import type { Actor } from '../../core/actor';
import { grantRole } from '../auth';
import { recordAudit } from '../audit';
import { Organization, organizationPath, withinScope } from '../orgs';
import { MemberBinding, PartyMember, type BindingStatus } from './entities';
import { memberPolicy } from './policy';
import { presentBinding, presentMemberAsBinding } from './present';

export async function requestBinding(deps: Deps, actor: Actor, input: { name: string; phone: string; organizationId: number }) {
  await organizationPath(deps.db.manager, input.organizationId); // 404 for an unknown organisation
  const existing = await deps.db.manager.findOneBy(PartyMember, { userId: actor.id });
  if (existing) throw new Conflict('ALREADY_MEMBER', '您已是认证党员');
  try {
    const saved = await deps.db.manager.save(
      deps.db.manager.create(MemberBinding, { ...input, userId: actor.id, pendingUserId: actor.id, status: 'pending' }),
    );
    return presentBinding(saved, { maskPhone: true });
  } catch (err) {
    // The unique pendingUserId index allows one open request per user, also under concurrent submits.
    if ((await deps.db.manager.countBy(MemberBinding, { pendingUserId: actor.id })) > 0)
      throw new Conflict('BINDING_PENDING', '已有待审核的党员认证申请');
    throw err;
  }
}

/**
 * The caller's member binding as "我的" shows it: the latest request, or, for a party member
 * recorded without one (imported from the member roll), an approved binding made from that record,
 * so the app need not tell the two apart. Null for someone who has neither.
 */
export async function memberBindingOf(db: EntityManager, userId: number) {
  const latest = await db.findOne(MemberBinding, { where: { userId }, order: { id: 'DESC' } });
  if (latest) return { ...presentBinding(latest, { maskPhone: true }), organizationName: await organizationNameOf(db, latest.organizationId) };
  const member = await db.findOneBy(PartyMember, { userId });
  return member ? presentMemberAsBinding(member, userId, await organizationNameOf(db, member.organizationId)) : null;
}

async function organizationNameOf(db: EntityManager, organizationId: number): Promise<string | null> {
  const org = await db.findOne(Organization, { where: { id: organizationId }, select: { id: true, name: true } });
  return org?.name ?? null;
}

export async function listBindings(db: EntityManager, actor: Actor, q: PagingInput & { status?: BindingStatus }) {
  await memberPolicy.listBindings(db, actor);
  const qb = db
    .createQueryBuilder(MemberBinding, 'b')
    .innerJoin(Organization, 'o', 'o.id = b.organizationId')
    .orderBy('b.id', 'DESC')
    .skip((q.page - 1) * q.pageSize)
    .take(q.pageSize);
  withinScope(qb, actor, 'o.path');
  if (q.status) qb.andWhere('b.status = :s', { s: q.status });
  const [rows, total] = await qb.getManyAndCount();
  const orgs = rows.length ? await db.find(Organization, { where: { id: In([...new Set(rows.map((b) => b.organizationId))]) }, select: { id: true, name: true } }) : [];
  const names = new Map(orgs.map((o) => [o.id, o.name]));
  const matches = await rollMatches(db, rows);
  // Admins who review a request need the full phone number to verify the person.
  return page(rows.map((b) => ({ ...presentBinding(b, { maskPhone: false, organizationName: names.get(b.organizationId) ?? null }), rollMemberId: matches.get(b.id) ?? null })), total, q);
}

/** The unbound roll row each request matches by name and phone (what the reviewer sees; null: nothing on the roll). */
async function rollMatches(db: EntityManager, bindings: MemberBinding[]): Promise<Map<number, number>> {
  if (!bindings.length) return new Map();
  const roll = await db.find(PartyMember, { where: { phone: In([...new Set(bindings.map((b) => b.phone))]), userId: IsNull() }, select: { id: true, name: true, phone: true } });
  const byKey = new Map(roll.map((m) => [`${m.phone} ${m.name}`, m.id]));
  return new Map(bindings.flatMap((b) => { const id = byKey.get(`${b.phone} ${b.name}`); return id ? [[b.id, id] as const] : []; }));
}

/** Approves or rejects a pending request, once; an approved one makes the user a party member. */
export async function reviewBinding(deps: Deps, actor: Actor, id: number, decision: Decision) {
  const at = deps.clock.now();
  return inTransaction(deps.db, async (db) => {
    const binding = getOrThrow(await db.findOneBy(MemberBinding, { id }), '党员认证申请');
    const after = await reviewOnce(db, {
      entity: MemberBinding, before: binding, decision, reviewerId: actor.id, at, alsoSet: { pendingUserId: null },
      alreadyReviewed: '该申请已处理', entityType: 'member_binding', organizationPath: await memberPolicy.reviewBinding(db, actor, binding),
      present: (b) => presentBinding(b, { maskPhone: true }), audit: (entry) => recordAudit(db, actor, entry),
    });
    if (decision.approve) {
      // The roll row of this name and phone becomes the user's (no second member); only without one is a member recorded.
      const matched = (await rollMatches(db, [binding])).get(id);
      const linked = matched ? (await db.update(PartyMember, { id: matched, userId: IsNull() }, { userId: binding.userId })).affected : 0;
      if (!linked)
        await db.upsert(
          PartyMember,
          { userId: binding.userId, name: binding.name, phone: binding.phone, organizationId: binding.organizationId },
          ['userId'],
        );
      await grantRole(db, binding.userId, 'member');
    }
    return presentBinding(after, { maskPhone: false });
  });
}

/** For other modules: the party member record of a user, or null. */
export function partyMemberOf(db: EntityManager, userId: number) {
  return db.findOneBy(PartyMember, { userId });
}
