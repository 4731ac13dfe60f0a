import { In, IsNull, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { Actor } from '../../core/actor';
import type { Deps } from '../../deps';
import { inTransaction } from '../../db/transaction';
import { Conflict, getOrThrow, Invalid } from '../../errors';
import { recordAudit } from '../audit';
import { Community, createOrganization, NewOrganization, Organization, presentOrganization, Street, type OrganizationKind } from '../orgs';
import { treePolicy } from './policy';
import type { CommunityRecord, NewOrganizationRecord, StreetRecord } from './present';

export const COMMUNITY_ORGANIZATION_SUFFIX: Record<string, string> = { party_committee: '党委', general_branch: '党总支', branch: '党支部' };

const openOrganization = async (db: EntityManager, id: number) => getOrThrow(await db.findOneBy(Organization, { id, closedAt: IsNull() }), '组织');

async function audited<T extends object>(db: EntityManager, actor: Actor, action: string, entityType: string, entityId: number, organizationPath: string, before: object | null, after: T): Promise<T> {
  await recordAudit(db, actor, { action, entityType, entityId, organizationPath, before, after });
  return after;
}

/** A party organisation under `parentId` (inside the caller's scope), or a root (the district) when there is none. */
export async function createOrganizationIn(db: EntityManager, actor: Actor, input: { name: string; kind: OrganizationKind; parentId: number | null }) {
  let parent: Organization | null = null;
  if (input.parentId === null) await treePolicy.createRoot(db, actor);
  else {
    parent = await openOrganization(db, input.parentId);
    await treePolicy.edit(db, actor, { organizationId: parent.id });
  }
  if (await db.existsBy(Organization, { parentId: parent ? parent.id : IsNull(), name: input.name, closedAt: IsNull() }))
    throw new Conflict('DUPLICATE_NAME', `上级组织下已有“${input.name}”`);
  const org = await createOrganization(db, input.name, input.kind, parent);
  return audited(db, actor, 'organization.create', 'organization', org.id, org.path, null, presentOrganization(org));
}

/**
 * Renames and/or moves an organisation. Moving rewrites the paths of its whole subtree in one UPDATE
 * (the old prefix replaced by the new one), so scope checks and subtree queries stay prefix tests.
 */
export async function updateOrganization(db: EntityManager, actor: Actor, id: number, input: { name?: string; parentId?: number }) {
  const org = await openOrganization(db, id);
  await treePolicy.edit(db, actor, { organizationId: org.id });
  const before = presentOrganization(org);
  if (input.name !== undefined) await db.update(Organization, { id }, { name: input.name });
  if (input.parentId !== undefined && input.parentId !== org.parentId) {
    if (org.parentId === null) throw new Invalid('顶级组织不能移动', undefined, 'CANNOT_MOVE_ROOT');
    const parent = await openOrganization(db, input.parentId);
    await treePolicy.edit(db, actor, { organizationId: parent.id });
    if (parent.path.startsWith(org.path)) throw new Invalid('不能移到自己的下级组织', undefined, 'MOVE_INTO_SUBTREE');
    const newPath = `${parent.path}${org.id}/`;
    const mysql = db.connection.options.type !== 'better-sqlite3';
    const rewritten = mysql ? 'CONCAT(?, SUBSTRING(path, ?))' : '? || SUBSTR(path, ?)';
    await db.query(`UPDATE organizations SET path = ${rewritten} WHERE path LIKE ?`, [newPath, org.path.length + 1, `${org.path}%`]);
    await db.update(Organization, { id }, { parentId: parent.id });
    // A community whose organisation moves under another street's 党工委 belongs to that street now.
    const street = await db.findOneBy(Street, { organizationId: parent.id });
    if (street) await db.update(Community, { organizationId: id }, { streetId: street.id });
  }
  const after = await db.findOneByOrFail(Organization, { id });
  return audited(db, actor, 'organization.update', 'organization', id, after.path, before, presentOrganization(after));
}

/**
 * Closes (撤销) an organisation and its subtree, with the streets and communities they stand for:
 * gone from the pickers, still readable by id, so the history that names them stays readable.
 */
export async function closeOrganization(db: EntityManager, actor: Actor, id: number, now: Date) {
  const org = await openOrganization(db, id);
  await treePolicy.edit(db, actor, { organizationId: org.id });
  if (org.parentId === null) throw new Invalid('顶级组织不能撤销', undefined, 'CANNOT_CLOSE_ROOT');
  const subtree = (await db.query('SELECT id FROM organizations WHERE path LIKE ? AND closedAt IS NULL', [`${org.path}%`])).map((r: { id: number }) => Number(r.id));
  await db.update(Organization, { id: In(subtree) }, { closedAt: now });
  await db.update(Street, { organizationId: In(subtree), closedAt: IsNull() }, { closedAt: now });
  await db.update(Community, { organizationId: In(subtree), closedAt: IsNull() }, { closedAt: now });
  const after = await db.findOneByOrFail(Organization, { id });
  return audited(db, actor, 'organization.close', 'organization', id, org.path, presentOrganization(org), { ...presentOrganization(after), closedCount: subtree.length });
}

const presentStreet = (s: Street): z.infer<typeof StreetRecord> => ({ id: s.id, name: s.name, organizationId: s.organizationId });

/** A street and its 党工委 under the district's root organisation. */
export async function createStreet(db: EntityManager, actor: Actor, input: { name: string }) {
  const root = await db.findOneBy(Organization, { parentId: IsNull(), kind: 'district_committee', closedAt: IsNull() });
  if (!root) throw new Invalid('请先建立区委组织', undefined, 'NO_DISTRICT');
  await treePolicy.edit(db, actor, { organizationId: root.id });
  if (await db.existsBy(Street, { name: input.name })) throw new Conflict('DUPLICATE_NAME', `已有街道“${input.name}”`);
  const org = await createOrganization(db, `${input.name}党工委`, 'street_committee', root);
  const { identifiers } = await db.insert(Street, { name: input.name, organizationId: org.id });
  const street = await db.findOneByOrFail(Street, { id: Number(identifiers[0].id) });
  return audited(db, actor, 'street.create', 'street', street.id, org.path, null, presentStreet(street));
}

const presentCommunity = (c: Community): z.infer<typeof CommunityRecord> => ({ id: c.id, name: c.name, kind: c.kind, streetId: c.streetId, organizationId: c.organizationId, closedAt: c.closedAt?.toISOString() ?? null });

/** A community of a street (inside the caller's scope) and its party organisation (党委 by default). */
export async function createCommunity(db: EntityManager, actor: Actor, input: { name: string; kind: 'rural' | 'urban'; streetId: number; organizationKind?: 'party_committee' | 'general_branch' | 'branch' }) {
  const street = getOrThrow(await db.findOneBy(Street, { id: input.streetId, closedAt: IsNull() }), '街道');
  await treePolicy.edit(db, actor, { organizationId: street.organizationId });
  if (await db.existsBy(Community, { streetId: street.id, name: input.name })) throw new Conflict('DUPLICATE_NAME', `该街道已有“${input.name}”`);
  const kind = input.organizationKind ?? 'party_committee';
  const org = await createOrganization(db, `${input.name}${COMMUNITY_ORGANIZATION_SUFFIX[kind]}`, kind, await db.findOneByOrFail(Organization, { id: street.organizationId }));
  const { identifiers } = await db.insert(Community, { name: input.name, kind: input.kind, streetId: street.id, organizationId: org.id });
  const community = await db.findOneByOrFail(Community, { id: Number(identifiers[0].id) });
  return audited(db, actor, 'community.create', 'community', community.id, org.path, null, presentCommunity(community));
}

export async function updateCommunity(db: EntityManager, actor: Actor, id: number, input: { name?: string; kind?: 'rural' | 'urban' }) {
  const community = getOrThrow(await db.findOneBy(Community, { id }), '社区');
  const path = await treePolicy.edit(db, actor, community);
  await db.update(Community, { id }, input);
  const after = await db.findOneByOrFail(Community, { id });
  return audited(db, actor, 'community.update', 'community', id, path, presentCommunity(community), presentCommunity(after));
}

export interface NewOrganizationInput {
  name: string;
  kind: 'economic' | 'social';
  streetId: number;
  memberCount: number;
  /** The party organisation that covers it: its own, or a joint committee (联合党委) covering several. */
  establishedOrganizationId?: number | null;
}

const presentNewOrganization = (n: NewOrganization): z.infer<typeof NewOrganizationRecord> => ({
  id: n.id, name: n.name, kind: n.type, streetId: n.streetId, memberCount: n.fullMemberCount, establishedOrganizationId: n.partyOrganizationId ?? n.jointOrganizationId, operating: n.operating,
});

/** The columns coverage (应建尽建率) reads, from the form's fields: a joint committee covers, any other kind is its own. */
async function newOrganizationColumns(db: EntityManager, actor: Actor, input: NewOrganizationInput) {
  const street = getOrThrow(await db.findOneBy(Street, { id: input.streetId }), '街道');
  const path = await treePolicy.edit(db, actor, { organizationId: street.organizationId });
  let covering: Organization | null = null;
  if (input.establishedOrganizationId) {
    covering = await openOrganization(db, input.establishedOrganizationId);
    await treePolicy.edit(db, actor, { organizationId: covering.id });
  }
  const joint = covering?.kind === 'joint_committee';
  return {
    path,
    columns: {
      name: input.name, type: input.kind, streetId: street.id, fullMemberCount: input.memberCount,
      partyOrganizationId: covering && !joint ? covering.id : null, jointOrganizationId: covering && joint ? covering.id : null,
    },
  };
}

export async function createNewOrganization(db: EntityManager, actor: Actor, input: NewOrganizationInput) {
  const { path, columns } = await newOrganizationColumns(db, actor, input);
  const { identifiers } = await db.insert(NewOrganization, columns);
  const row = await db.findOneByOrFail(NewOrganization, { id: Number(identifiers[0].id) });
  return audited(db, actor, 'new_organization.create', 'new_organization', row.id, path, null, presentNewOrganization(row));
}

export async function updateNewOrganization(db: EntityManager, actor: Actor, id: number, input: NewOrganizationInput) {
  const before = getOrThrow(await db.findOneBy(NewOrganization, { id }), '两新组织');
  await treePolicy.edit(db, actor, { organizationId: (await db.findOneByOrFail(Street, { id: before.streetId })).organizationId });
  const { path, columns } = await newOrganizationColumns(db, actor, input);
  await db.update(NewOrganization, { id }, columns);
  const after = await db.findOneByOrFail(NewOrganization, { id });
  return audited(db, actor, 'new_organization.update', 'new_organization', id, path, presentNewOrganization(before), presentNewOrganization(after));
}

/** Each write in its own transaction, audit record included. */
export const inTree = <A extends unknown[], T>(work: (db: EntityManager, actor: Actor, ...args: A) => Promise<T>) => (deps: Deps, actor: Actor, ...args: A) =>
  inTransaction(deps.db, (db) => work(db, actor, ...args));
