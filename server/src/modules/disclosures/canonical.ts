import crypto from 'node:crypto';

/** A line of a finance disclosure: money in integer fen. */
export interface FinanceItem {
  subject: string;
  direction: 'income' | 'expense';
  amountFen: number;
}

/**
 * The canonical serialisation behind every hash of the publication chain, specified in
 * docs/disclosures.md so that anyone can recompute it: JSON with object keys sorted, no
 * whitespace, strings escaped as JSON.stringify does, integers only (money is fen), UTF-8 bytes.
 * The app has its own implementation on purpose: a verifier should not run the server's code.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new Error('canonical JSON holds integers only');
    return String(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.keys(value as object).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  throw new Error(`canonical JSON cannot hold ${typeof value}`);
}

export const sha256Hex = (text: string) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');

/** The chain's first entry links to this. */
export const GENESIS_HASH = '0'.repeat(64);

/** Exactly the published content a reader sees, as the API presents it (times as ISO strings). */
export interface HashedContent {
  id: number;
  communityId: number;
  category: string;
  subCategory: string | null;
  title: string;
  period: string;
  body: string;
  items: FinanceItem[];
  attachments: string[]; // the SHA-256 of each attachment's bytes, in order
  revision: number;
  supersedesId: number | null;
  revisionReason: string | null;
  publishedAt: string;
}

export const contentHash = (c: HashedContent) => sha256Hex(canonicalJson(c));

export interface ChainLink {
  communityId: number;
  seq: number;
  disclosureId: number;
  contentHash: string;
  prevHash: string;
  publishedAt: string;
}

export const linkHash = (l: ChainLink) => sha256Hex(canonicalJson(l));
