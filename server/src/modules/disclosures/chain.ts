import type { EntityManager } from 'typeorm';
import { getFiles } from '../files';
import { getCommunity } from '../orgs';
import { contentHash, GENESIS_HASH, linkHash } from './canonical';
import { ChainEntry } from './entities';
import { hashedContentOf, presentChainEntry } from './present';
import { disclosuresByIds } from './reading';

/**
 * A community's publication chain, and whether it verifies: every entry's hash is recomputed from
 * its fields, every link points at the previous hash, sequence numbers have no gaps, and every
 * published disclosure still hashes to what was recorded when it was published. The whole chain is
 * answered because verifying needs all of it; a community publishes a few dozen times a year.
 */
export async function communityChain(db: EntityManager, communityId: number) {
  await getCommunity(db, communityId);
  const entries = await db.find(ChainEntry, { where: { communityId }, order: { seq: 'ASC' } });
  const problems = await verify(db, communityId, entries);
  return { communityId, length: entries.length, verified: problems.length === 0, problems, entries: entries.map(presentChainEntry) };
}

async function verify(db: EntityManager, communityId: number, entries: ChainEntry[]): Promise<string[]> {
  const disclosures = new Map((await disclosuresByIds(db, entries.map((e) => e.disclosureId))).map((d) => [d.id, d]));
  const files = new Map((await getFiles(db, [...disclosures.values()].flatMap((d) => d.attachmentIds))).map((f) => [f.id, f]));
  const problems: string[] = [];
  let prevHash = GENESIS_HASH;
  entries.forEach((e, i) => {
    const link = { communityId, seq: e.seq, disclosureId: e.disclosureId, contentHash: e.contentHash, prevHash: e.prevHash, publishedAt: e.publishedAt.toISOString() };
    if (e.seq !== i + 1) problems.push(`seq ${e.seq}: expected ${i + 1}`);
    if (e.prevHash !== prevHash) problems.push(`seq ${e.seq}: prevHash does not match the previous entry`);
    if (linkHash(link) !== e.hash) problems.push(`seq ${e.seq}: hash does not match its fields`);
    const d = disclosures.get(e.disclosureId);
    const attachments = d?.attachmentIds.flatMap((id) => files.get(id) ?? []) ?? [];
    // A withdrawn disclosure's content is gone by law: its entry holds by the contentHash recorded at publication.
    const holds = d?.status === 'withdrawn' ? d.contentHash === e.contentHash && !!d.withdrawalReason : d?.status === 'published' && contentHash(hashedContentOf(d, attachments)) === e.contentHash;
    if (!holds) problems.push(`seq ${e.seq}: disclosure ${e.disclosureId} no longer matches its contentHash`);
    prevHash = e.hash;
  });
  return problems;
}

/** The chain's last entry: small enough for a poster or an outside witness; null before the first publication. */
export async function chainHead(db: EntityManager, communityId: number) {
  const head = await db.findOne(ChainEntry, { where: { communityId }, order: { seq: 'DESC' } });
  return head && { seq: head.seq, hash: head.hash, publishedAt: head.publishedAt.toISOString() };
}
