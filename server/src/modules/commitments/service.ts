import { In, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/actor';
import { page, type PagingInput } from '../../core/paging';
import { findPersonalData } from '../../core/personal-data';
import { yearOf } from '../../core/time';
import type { Deps } from '../../deps';
import { inTransaction } from '../../db/transaction';
import { Conflict, PersonalData, getOrThrow } from '../../errors';
import { recordAudit } from '../audit';
import { User } from '../auth';
import { partyMemberOf } from '../members';
import { Organization, organizationPath } from '../orgs';
import { Commitment, CommitmentFulfilment } from './entities';
import { commitmentPolicy } from './policy';
import { presentCommitment } from './present';

const noPersonalData = (field: string, text: string) => {
  const found = findPersonalData([[field, text]]);
  if (found.length) throw new PersonalData(found);
};

/** Commitments with their organisation's name and what was done, in the order given. */
async function present(db: EntityManager, rows: Commitment[], readerId?: number) {
  if (!rows.length) return [];
  const orgs = await db.findBy(Organization, { id: In([...new Set(rows.map((r) => r.organizationId))]) });
  const names = new Map(orgs.map((o) => [o.id, o.name]));
  const notes = await db.find(CommitmentFulfilment, { where: { commitmentId: In(rows.map((r) => r.id)) }, order: { id: 'DESC' } });
  return rows.map((r) => presentCommitment(r, { organizationName: names.get(r.organizationId) ?? '', fulfilments: notes.filter((n) => n.commitmentId === r.id), readerId }));
}

/**
 * Publishes the author's commitment for this year or the next (published at the start of the year):
 * with `organizationId`, an official's 履职承诺 for an organisation they administer (audited);
 * without, a member's 阳光承诺 in their own organisation. One per author, organisation and year.
 */
export async function publishCommitment(deps: Deps, actor: Actor, input: { year: number; content: string; organizationId?: number }) {
  const db = deps.db.manager;
  const now = yearOf(deps.clock.now());
  let kind: Commitment['kind'], organizationId: number, authorName: string;
  if (input.organizationId !== undefined) {
    await commitmentPolicy.publishAsOfficial(db, actor, { organizationId: input.organizationId });
    [kind, organizationId, authorName] = ['official', input.organizationId, (await db.findOneByOrFail(User, { id: actor.id })).nickname.slice(0, 30)];
  } else {
    await commitmentPolicy.publishAsMember(db, actor);
    const member = getOrThrow(await partyMemberOf(db, actor.id), '党员');
    [kind, organizationId, authorName] = ['member', member.organizationId, member.name];
  }
  if (input.year !== now && input.year !== now + 1) throw new Conflict('YEAR_NOT_OPEN', `只能发布 ${now} 年或 ${now + 1} 年的承诺`);
  noPersonalData('content', input.content);
  return inTransaction(deps.db, async (m) => {
    const path = await organizationPath(m, organizationId);
    const id = Number((await m.insert(Commitment, { authorUserId: actor.id, kind, year: input.year, organizationId, organizationPath: path, authorName, content: input.content })).identifiers[0].id);
    const row = await m.findOneByOrFail(Commitment, { id });
    if (kind === 'official') await recordAudit(m, actor, { action: 'commitment.publish', entityType: 'commitment', entityId: id, organizationPath: path, after: { year: row.year, content: row.content } });
    return (await present(m, [row], actor.id))[0];
  });
}

/** The author notes what was done, until the commitment's year is over. */
export async function addFulfilment(deps: Deps, actor: Actor, id: number, note: string) {
  const commitment = getOrThrow(await deps.db.manager.findOneBy(Commitment, { id }), '承诺');
  await commitmentPolicy.fulfil(deps.db.manager, actor, commitment);
  if (yearOf(deps.clock.now()) > commitment.year) throw new Conflict('YEAR_CLOSED', `${commitment.year} 年的承诺已结束`);
  noPersonalData('note', note);
  await deps.db.manager.insert(CommitmentFulfilment, { commitmentId: id, note, createdAt: deps.clock.now() });
  return (await present(deps.db.manager, [commitment], actor.id))[0];
}

/** A community's (or any organisation subtree's) commitments for a year, public: officials' first, then members', oldest first. */
export async function listCommitments(db: EntityManager, actor: Actor | undefined, q: PagingInput & { organizationId: number; year?: number }, now: Date) {
  const path = await organizationPath(db, q.organizationId);
  const year = q.year ?? yearOf(now);
  const [rows, total] = await db
    .createQueryBuilder(Commitment, 'c')
    .where('c.organizationPath LIKE :path AND c.year = :year', { path: `${path}%`, year })
    .orderBy('c.kind', 'DESC').addOrderBy('c.id', 'ASC')
    .skip((q.page - 1) * q.pageSize).take(q.pageSize)
    .getManyAndCount();
  return page(await present(db, rows, actor?.id), total, q);
}

/** My commitments, newest year first. */
export async function myCommitments(db: EntityManager, actor: Actor, q: PagingInput) {
  const [rows, total] = await db.findAndCount(Commitment, { where: { authorUserId: actor.id }, order: { year: 'DESC', id: 'DESC' }, skip: (q.page - 1) * q.pageSize, take: q.pageSize });
  return page(await present(db, rows, actor.id), total, q);
}
