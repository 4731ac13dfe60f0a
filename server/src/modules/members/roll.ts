import { In, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { Actor } from '../../core/actor';
import { page, type PagingInput } from '../../core/paging';
import type { Deps } from '../../deps';
import { inTransaction } from '../../db/transaction';
import { getOrThrow } from '../../errors';
import { recordAudit } from '../audit';
import { Organization, organizationPath, withinScope } from '../orgs';
import { PartyMember } from './entities';
import { memberPolicy } from './policy';
import { maskPhone, type RollMember } from './present';

const presentRollRow = (m: PartyMember, organizationName: string | null): z.infer<typeof RollMember> => ({
  id: m.id, name: m.name, phoneMasked: maskPhone(m.phone), organizationId: m.organizationId, organizationName, joinedAt: m.joinedAt, birthYear: m.birthYear, userId: m.userId,
});

/** The member roll inside the caller's scope (an organisation's subtree with organizationId), phones masked. */
export async function listRoll(db: EntityManager, actor: Actor, q: PagingInput & { organizationId?: number; q?: string }) {
  await memberPolicy.listRoll(db, actor);
  const qb = db.createQueryBuilder(PartyMember, 'm').innerJoin(Organization, 'o', 'o.id = m.organizationId').orderBy('m.id').skip((q.page - 1) * q.pageSize).take(q.pageSize);
  withinScope(qb, actor, 'o.path');
  if (q.organizationId) qb.andWhere('o.path LIKE :sub', { sub: `${await organizationPath(db, q.organizationId)}%` });
  if (q.q) qb.andWhere("(m.name LIKE :q ESCAPE '!' OR m.phone = :phone)", { q: `%${q.q.replace(/[%_!]/g, '!$&')}%`, phone: q.q });
  const [rows, total] = await qb.getManyAndCount();
  const names = new Map((await db.find(Organization, { where: { id: In([...new Set(rows.map((m) => m.organizationId))]) }, select: { id: true, name: true } })).map((o) => [o.id, o.name]));
  return page(rows.map((m) => presentRollRow(m, names.get(m.organizationId) ?? null)), total, q);
}

/** The full phone of a roll row, for a scope admin who needs to call the member; every reveal is audited. */
export async function revealPhone(deps: Deps, actor: Actor, id: number) {
  return inTransaction(deps.db, async (db) => {
    const member = getOrThrow(await db.findOneBy(PartyMember, { id }), '党员');
    const path = await memberPolicy.revealPhone(db, actor, member);
    await recordAudit(db, actor, { action: 'party_member.reveal_phone', entityType: 'party_member', entityId: id, organizationPath: path });
    return { id, phone: member.phone };
  });
}

export interface RollRow {
  name: string;
  phone: string;
  organizationId: number;
  joinedAt: string | null;
  birthYear: number | null;
}

/**
 * Writes roll rows keyed by (name, phone): a new person is inserted, a known one updated when a field
 * differs, else left alone, so the same file twice changes nothing. Batched: 10,000 rows are a few
 * dozen statements (server/bench/import-roll.js).
 */
export async function writeRoll(db: EntityManager, rows: RollRow[]) {
  const key = (r: { name: string; phone: string }) => `${r.phone}\u0000${r.name}`;
  const existing = new Map<string, PartyMember>();
  const phones = [...new Set(rows.map((r) => r.phone))];
  for (let i = 0; i < phones.length; i += 1000)
    for (const m of await db.find(PartyMember, { where: { phone: In(phones.slice(i, i + 1000)) } })) existing.set(key(m), m);
  const inserts: RollRow[] = [];
  let updated = 0;
  let unchanged = 0;
  for (const r of rows) {
    const known = existing.get(key(r));
    if (!known) {
      inserts.push(r);
      existing.set(key(r), { ...r } as PartyMember);
    } else if (known.organizationId !== r.organizationId || known.joinedAt !== r.joinedAt || known.birthYear !== r.birthYear) {
      if (known.id) await db.update(PartyMember, { id: known.id }, { organizationId: r.organizationId, joinedAt: r.joinedAt, birthYear: r.birthYear });
      Object.assign(known, r);
      updated++;
    } else unchanged++;
  }
  for (let i = 0; i < inserts.length; i += 500) await db.insert(PartyMember, inserts.slice(i, i + 500).map((r) => ({ ...r, userId: null })));
  return { created: inserts.length, updated, unchanged };
}
