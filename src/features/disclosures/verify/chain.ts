import type { Chain, Disclosure } from '../types';
import { sha256Hex } from './sha256';

/**
 * The app's own check of what the server says (docs/disclosures.md), written independently of the
 * server so that 已核验 means "this phone recomputed it", not "the server said so".
 */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    return `{${Object.keys(obj).sort().map((k) => `${JSON.stringify(k)}:${canonical(obj[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function contentHashOf(d: Disclosure): string {
  const { id, communityId, category, subCategory, title, period, body, items, revision, supersedesId, revisionReason, publishedAt } = d;
  const attachments = d.attachments.map((a) => a.sha256);
  return sha256Hex(canonical({ id, communityId, category, subCategory, title, period, body, items, attachments, revision, supersedesId, revisionReason, publishedAt }));
}

export const GENESIS_HASH = '0'.repeat(64);

/** True when every link recomputes, nothing is missing, and (if given) the disclosure shown is the one the chain recorded. */
export function chainVerifies(chain: Chain, shown?: Disclosure): boolean {
  let prev = GENESIS_HASH;
  const linksOk = chain.entries.every((e, i) => {
    const ok =
      e.seq === i + 1 &&
      e.prevHash === prev &&
      e.hash === sha256Hex(canonical({ communityId: chain.communityId, seq: e.seq, disclosureId: e.disclosureId, contentHash: e.contentHash, prevHash: e.prevHash, publishedAt: e.publishedAt }));
    prev = e.hash;
    return ok;
  });
  if (!linksOk || !shown) return linksOk;
  const entry = chain.entries.find((e) => e.disclosureId === shown.id);
  // Withdrawn by law: the content is gone, the recorded contentHash and the reason must stay (docs/disclosures.md).
  const hash = shown.status === 'withdrawn' ? (shown.withdrawal?.reason ? shown.contentHash : null) : contentHashOf(shown);
  return !!entry && entry.contentHash === hash;
}
