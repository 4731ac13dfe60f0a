import { setTimeout as sleep } from 'node:timers/promises';
import type { EntityManager } from 'typeorm';
import type { Deps } from '../../deps';
import { inTransaction, latestCommitted, lockRow } from '../../db/transaction';
import { Conflict, Invalid, PersonalData, fromDatabaseError, getOrThrow } from '../../errors';
import { onCalendarDay } from '../../core/time';
import { findPersonalData } from '../../core/personal-data';
import type { Actor } from '../../core/actor';
import { recordAudit } from '../audit';
import { getFiles } from '../files';
import { GENESIS_HASH, linkHash } from './canonical';
import { ChainEntry, Disclosure } from './entities';
import { disclosurePolicy } from './policy';
import { forgetDisclosure } from './detail-cache';
import { presentDisclosure, publishedContentHash } from './present';

/** Another publish on the same community took our sequence number first; the whole publish is retried. */
class ChainCollision extends Error {}

const MAX_ATTEMPTS = 12;
const isDeadlock = (err: unknown) => (err as { driverError?: { code?: string } }).driverError?.code === 'ER_LOCK_DEADLOCK';

/**
 * Publishes a draft and appends it to its community's chain, in one transaction.
 *
 * Two publishes of one draft: the conditional UPDATE (`status = 'draft'`) lets exactly one through;
 * the other answers 409. Two publishes on one community wait for each other on the community's row
 * lock before reading the chain's tail; should two still read the same tail, the unique
 * (communityId, seq) index refuses the second, which rolls back and tries again in a new
 * transaction (so it reads the new tail). This holds across server processes because the
 * database decides, not this process.
 */
export async function publishDisclosure(deps: Deps, actor: Actor, id: number) {
  for (let attempt = 1; ; attempt++) {
    try {
      const published = await inTransaction(deps.db, (m) => publishOnce(m, actor, id, deps.clock.now()));
      if (published.supersedesId) forgetDisclosure(deps, published.supersedesId); // it now names its correction
      return published;
    } catch (err) {
      if (!(err instanceof ChainCollision || isDeadlock(err))) throw err;
      if (attempt === MAX_ATTEMPTS) throw new Conflict('CHAIN_BUSY', '同时发布的公开较多，请稍后重试');
      await sleep(Math.random() * 10 * attempt);
    }
  }
}

async function publishOnce(m: EntityManager, actor: Actor, id: number, publishedAt: Date) {
  const draft = getOrThrow(await m.findOneBy(Disclosure, { id }), '公开');
  const orgPath = await disclosurePolicy.publish(m, actor, draft);
  if (draft.status !== 'draft') throw new Conflict('ALREADY_PUBLISHED', '该公开已发布');
  // Publishes on one community take turns on its row, before any of them writes: otherwise they
  // all read the same chain tail (and deadlock on the disclosures' index entries) and retry.
  await lockRow(m, 'communities', draft.communityId);
  const attachments = await getFiles(m, draft.attachmentIds);
  // Once published it is on the chain for good: personal data must be caught before.
  const found = findPersonalData([
    ['title', draft.title],
    ['body', draft.body],
    ...draft.items.map((it, i) => [`items.${i}.subject`, it.subject] as [string, string]),
    ...attachments.map((f, i) => [`attachments.${i}.name`, f.name] as [string, string]),
  ]);
  if (found.length) throw new PersonalData(found);
  // How fast a major matter was published is measured from its day: a day still ahead would read as "at once".
  if (draft.matterDate && onCalendarDay(draft.matterDate) > publishedAt)
    throw new Invalid('事项发生日期不能晚于公开日期', [{ in: 'body', field: 'matterDate', message: 'is after the day of publication' }]);
  const hash = publishedContentHash({ ...draft, publishedAt }, attachments);
  const result = await m.update(Disclosure, { id, status: 'draft' }, { status: 'published', publishedAt, publishedById: actor.id, contentHash: hash });
  if (!result.affected) throw new Conflict('ALREADY_PUBLISHED', '该公开已发布');
  // The corrected disclosure stays published and readable; it only learns which revision replaced it.
  if (draft.supersedesId) await m.update(Disclosure, { id: draft.supersedesId }, { supersededById: id });
  const entry = await appendToChain(m, { communityId: draft.communityId, disclosureId: id, contentHash: hash, publishedAt });
  const published = await m.findOneByOrFail(Disclosure, { id });
  const after = presentDisclosure(published, attachments);
  await recordAudit(m, actor, {
    action: 'disclosure.publish', entityType: 'disclosure', entityId: id, organizationPath: orgPath,
    after: { ...after, chain: { seq: entry.seq, hash: entry.hash, prevHash: entry.prevHash } },
  });
  return after;
}

async function appendToChain(m: EntityManager, e: { communityId: number; disclosureId: number; contentHash: string; publishedAt: Date }) {
  const tail = await m.findOne(ChainEntry, { where: { communityId: e.communityId }, order: { seq: 'DESC' }, select: { seq: true, hash: true }, lock: latestCommitted(m) });
  const link = { ...e, seq: (tail?.seq ?? 0) + 1, prevHash: tail?.hash ?? GENESIS_HASH, publishedAt: e.publishedAt.toISOString() };
  const entry = { ...link, publishedAt: e.publishedAt, hash: linkHash(link) };
  try {
    await m.insert(ChainEntry, entry);
  } catch (err) {
    if (fromDatabaseError(err) instanceof Conflict) throw new ChainCollision();
    throw err;
  }
  return entry;
}
