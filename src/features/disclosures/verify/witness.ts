import { readStored, writeStored } from '../../../lib/storage';
import type { Chain, Disclosure } from '../types';
import { chainVerifies } from './chain';

/** The last chain head this device saw for a community, and when: what a later chain must extend. */
export interface KeptHead {
  seq: number;
  hash: string;
  seenAt: string;
}

/**
 * `extends`: the chain still holds the kept head at its position (or nothing was kept yet);
 * `rewritten`: it does not — whoever holds the database rewrote what this device saw.
 */
export type Witness =
  | { state: 'extends'; kept: KeptHead | null; head: KeptHead | null }
  | { state: 'rewritten'; kept: KeptHead; found: string | null };

const keyOf = (communityId: number) => `chain-head:${communityId}`;

export const keptHead = (communityId: number): KeptHead | undefined => readStored<KeptHead>(keyOf(communityId));

/**
 * Compares a community's chain with the head this device kept (docs/SECURITY.md, "the app
 * witnesses the chain"): the entry at the kept position must carry the kept hash. A chain that
 * extends it (and recomputes: its links, and the disclosure shown if one is) becomes the new kept
 * head; a rewritten one never replaces it, so the warning stays until someone looks into it.
 */
export function witnessChain(chain: Chain, shown?: Disclosure, now = new Date()): Witness {
  const kept = keptHead(chain.communityId) ?? null;
  if (kept && kept.seq > 0) {
    const found = chain.entries[kept.seq - 1]?.hash ?? null;
    if (found !== kept.hash) return { state: 'rewritten', kept, found };
  }
  const last = chain.entries.at(-1);
  if (!last || !chainVerifies(chain, shown)) return { state: 'extends', kept, head: null };
  const head = { seq: last.seq, hash: last.hash, seenAt: now.toISOString() };
  if (!kept || kept.seq !== head.seq) writeStored(keyOf(chain.communityId), head);
  return { state: 'extends', kept, head };
}
