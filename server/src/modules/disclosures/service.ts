import type { EntityManager } from 'typeorm';
import type { Deps } from '../../deps';
import { inTransaction } from '../../db/transaction';
import { Conflict, getOrThrow, NotFound } from '../../errors';
import type { Actor } from '../../core/actor';
import { recordAudit } from '../audit';
import { getFiles } from '../files';
import { getCommunity } from '../orgs';
import { checkContent, withChanges, type DraftContent } from './content';
import { Disclosure } from './entities';
import { disclosurePolicy } from './policy';
import { presentDisclosure } from './present';
import { forgetDisclosure } from './detail-cache';
import type { CreateDisclosureInput, RevisionInput, UpdateDisclosureInput } from './schemas';

const contentOf = (d: Disclosure): DraftContent => ({
  subCategory: d.subCategory, title: d.title, period: d.period, body: d.body, items: d.items, attachmentIds: d.attachmentIds, major: d.major, matterDate: d.matterDate,
});

export async function presentWithFiles(db: EntityManager, d: Disclosure, viewCount?: number) {
  return presentDisclosure(d, await getFiles(db, d.attachmentIds), viewCount);
}

/** What published means: it is never edited or deleted in place (409), only corrected by a revision. */
const publishedIsFinal = () => new Conflict('ALREADY_PUBLISHED', '已公开的内容不能修改或删除，请发布更正');

export const createDraft = (deps: Deps, actor: Actor, input: CreateDisclosureInput) => inTransaction(deps.db, (m) => createDraftIn(m, actor, input));

/** Creates a draft inside the caller's transaction (an import writes many drafts all or nothing). */
export async function createDraftIn(m: EntityManager, actor: Actor, input: CreateDisclosureInput) {
  const community = await getCommunity(m, input.communityId);
  const orgPath = await disclosurePolicy.createDraft(m, actor, community);
  const content: DraftContent = {
    subCategory: input.subCategory ?? null, title: input.title, period: input.period, body: input.body, items: input.items ?? [], attachmentIds: input.attachmentIds ?? [],
    major: input.major ?? false, matterDate: input.matterDate ?? null,
  };
  await checkContent(m, input.category, content);
  const d = await m.save(
    m.create(Disclosure, { ...content, communityId: community.id, organizationId: community.organizationId, category: input.category, status: 'draft', authorId: actor.id }),
  );
  const after = await presentWithFiles(m, d);
  await recordAudit(m, actor, { action: 'disclosure.create', entityType: 'disclosure', entityId: d.id, organizationPath: orgPath, after });
  return after;
}

/** Edits a draft. The UPDATE is conditional on `status = 'draft'`, so an edit racing a publish cannot land after it. */
export const updateDraft = (deps: Deps, actor: Actor, id: number, input: UpdateDisclosureInput) => inTransaction(deps.db, (m) => updateDraftIn(m, actor, id, input));

export async function updateDraftIn(m: EntityManager, actor: Actor, id: number, input: UpdateDisclosureInput) {
  const d = getOrThrow(await m.findOneBy(Disclosure, { id }), '公开');
  const orgPath = await disclosurePolicy.editDraft(m, actor, d);
  if (d.status !== 'draft') throw publishedIsFinal();
  const { revisionReason, ...changes } = input;
  const content = withChanges(contentOf(d), changes);
  await checkContent(m, d.category, content);
  const set = { ...content, ...(revisionReason && d.supersedesId ? { revisionReason } : {}) };
  const result = await m.update(Disclosure, { id, status: 'draft' }, set);
  if (!result.affected) throw publishedIsFinal();
  const updated = await m.findOneByOrFail(Disclosure, { id });
  const after = await presentWithFiles(m, updated);
  await recordAudit(m, actor, { action: 'disclosure.update', entityType: 'disclosure', entityId: id, organizationPath: orgPath, before: await presentWithFiles(m, d), after });
  return after;
}

export async function deleteDraft(deps: Deps, actor: Actor, id: number) {
  await inTransaction(deps.db, async (m) => {
    const d = getOrThrow(await m.findOneBy(Disclosure, { id }), '公开');
    const orgPath = await disclosurePolicy.deleteDraft(m, actor, d);
    const before = await presentWithFiles(m, d);
    const result = await m.delete(Disclosure, { id, status: 'draft' });
    if (!result.affected) throw publishedIsFinal();
    await recordAudit(m, actor, { action: 'disclosure.delete', entityType: 'disclosure', entityId: id, organizationPath: orgPath, before });
  });
}

/**
 * Starts a correction of a published disclosure: a draft that copies it with the changes and the
 * reason. The unique `supersedesId` index allows one correction per disclosure, so history never forks.
 */
export async function createRevision(deps: Deps, actor: Actor, id: number, input: RevisionInput) {
  return inTransaction(deps.db, async (m) => {
    const old = getOrThrow(await m.findOneBy(Disclosure, { id }), '公开');
    const orgPath = await disclosurePolicy.revise(m, actor, old);
    if (old.status !== 'published') throw new Conflict('NOT_PUBLISHED', '草稿可以直接修改，无需更正');
    if (old.supersededById) throw new Conflict('ALREADY_SUPERSEDED', '该公开已有更正，请更正最新版本', { supersededById: old.supersededById });
    if (await m.existsBy(Disclosure, { supersedesId: id })) throw new Conflict('REVISION_EXISTS', '该公开已有一份待发布的更正');
    const { reason, ...changes } = input;
    const content = withChanges(contentOf(old), changes);
    await checkContent(m, old.category, content);
    const d = await m.save(
      m.create(Disclosure, {
        ...content, communityId: old.communityId, organizationId: old.organizationId, category: old.category, status: 'draft', authorId: actor.id,
        revision: old.revision + 1, originalId: old.originalId ?? old.id, supersedesId: old.id, revisionReason: reason,
      }),
    );
    const after = await presentWithFiles(m, d);
    await recordAudit(m, actor, { action: 'disclosure.revise', entityType: 'disclosure', entityId: d.id, organizationPath: orgPath, after });
    return after;
  });
}

/**
 * Lawful withdrawal (e.g. it named a resident's ID number): the street above the community takes a
 * published disclosure down. Its content is erased from the record; its chain entry, its recorded
 * contentHash and the public reason stay, so the chain still verifies (docs/disclosures.md). The
 * conditional UPDATE (`status = 'published'`) lets one withdrawal through.
 */
export async function withdrawDisclosure(deps: Deps, actor: Actor, id: number, reason: string) {
  const now = deps.clock.now();
  const withdrawn = await inTransaction(deps.db, async (m) => {
    const d = getOrThrow(await m.findOneBy(Disclosure, { id }), '公开');
    if (d.status === 'draft') throw new NotFound('公开');
    const orgPath = await disclosurePolicy.withdraw(m, actor, d);
    const result = await m.update(Disclosure, { id, status: 'published' }, {
      status: 'withdrawn', withdrawnAt: now, withdrawnById: actor.id, withdrawalReason: reason, title: WITHDRAWN_TITLE, body: '', items: [], attachmentIds: [],
    });
    if (!result.affected) throw new Conflict('ALREADY_WITHDRAWN', '该公开已撤回');
    await recordAudit(m, actor, {
      action: 'disclosure.withdraw', entityType: 'disclosure', entityId: id, organizationPath: orgPath,
      // Not the erased content: it is what the law asked to remove.
      before: { status: 'published', contentHash: d.contentHash }, after: { status: 'withdrawn', reason },
    });
    return presentWithFiles(m, await m.findOneByOrFail(Disclosure, { id }));
  });
  forgetDisclosure(deps, id); // once committed: a read before then would cache it again
  return withdrawn;
}

/** What a withdrawn disclosure is called where its title was. */
export const WITHDRAWN_TITLE = '（已依法撤回）';
