import type { PresentedFile } from '../files';
import type { HashedContent } from './canonical';
import type { ChainEntry, Disclosure, DisclosureQuestion, FinanceItem } from './entities';

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** Income, expense and balance in fen; only finance disclosures have them. */
export function totalsOf(category: string, items: FinanceItem[]) {
  if (category !== 'finance') return null;
  const sum = (dir: FinanceItem['direction']) => items.filter((i) => i.direction === dir).reduce((s, i) => s + i.amountFen, 0);
  const incomeFen = sum('income');
  const expenseFen = sum('expense');
  return { incomeFen, expenseFen, balanceFen: incomeFen - expenseFen };
}

/** A list row: no body, no attachments, so a page of them stays small. */
export const presentDisclosureSummary = (d: Disclosure, viewCount = d.viewCount) => ({
  id: d.id,
  communityId: d.communityId,
  category: d.category,
  subCategory: d.subCategory,
  title: d.title,
  period: d.period,
  status: d.status,
  publishedAt: iso(d.publishedAt),
  revision: d.revision,
  supersedesId: d.supersedesId,
  supersededById: d.supersededById,
  totals: totalsOf(d.category, d.items),
  attachmentCount: d.attachmentIds.length,
  viewCount,
  updatedAt: d.updatedAt.toISOString(),
});

export const presentDisclosure = (d: Disclosure, attachments: PresentedFile[], viewCount = d.viewCount) => ({
  ...presentDisclosureSummary(d, viewCount),
  body: d.body,
  items: d.items,
  attachments,
  revisionReason: d.revisionReason,
  contentHash: d.contentHash,
  createdAt: d.createdAt.toISOString(),
});

/** The hashed content of a published disclosure: the fields above, exactly as they are presented. */
export const hashedContentOf = (d: Disclosure, attachments: PresentedFile[]): HashedContent => ({
  id: d.id,
  communityId: d.communityId,
  category: d.category,
  subCategory: d.subCategory,
  title: d.title,
  period: d.period,
  body: d.body,
  items: d.items.map((i) => ({ subject: i.subject, direction: i.direction, amountFen: i.amountFen })),
  attachments: attachments.map((a) => a.sha256),
  revision: d.revision,
  supersedesId: d.supersedesId,
  revisionReason: d.revisionReason,
  publishedAt: d.publishedAt!.toISOString(),
});

export const presentChainEntry = (e: ChainEntry) => ({
  seq: e.seq,
  disclosureId: e.disclosureId,
  contentHash: e.contentHash,
  prevHash: e.prevHash,
  hash: e.hash,
  publishedAt: e.publishedAt.toISOString(),
});

/** A resident's question is overdue when it has waited longer than this for an answer (DOMAIN.md). */
export const ANSWER_WITHIN_MS = 10 * 24 * 3600 * 1000;

export function presentQuestion(q: DisclosureQuestion, now: Date) {
  const dueAt = new Date(q.createdAt.getTime() + ANSWER_WITHIN_MS);
  return {
    id: q.id,
    disclosureId: q.disclosureId,
    content: q.content,
    status: q.status,
    createdAt: q.createdAt.toISOString(),
    dueAt: dueAt.toISOString(),
    overdue: q.status === 'visible' && !q.reply && now > dueAt,
    reply: q.reply,
    repliedAt: iso(q.repliedAt),
  };
}
