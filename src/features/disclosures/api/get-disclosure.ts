import { request } from '../../../lib/api-client';
import { useFetch } from '../../../lib/use-fetch';
import type { Chain, Disclosure, DisclosureSummary } from '../types';
import { chainVerifies } from '../verify/chain';
import { witnessChain } from '../verify/witness';

export const getDisclosure = (id: number) => request<Disclosure>({ path: `/api/disclosures/${id}`, toast: false });
export const getChain = (communityId: number) => request<Chain>({ path: `/api/communities/${communityId}/disclosure-chain`, toast: false });
export const getHistory = (id: number) => request<{ items: (DisclosureSummary & { revisionReason: string | null })[] }>({ path: `/api/disclosures/${id}/history`, toast: false });

/**
 * A disclosure with its history and whether this device verified it against the community's chain
 * (`verified` is computed here; the server's own flag is not trusted), and whether that chain
 * extends the head this device kept from before (`witness`). Drafts have no chain.
 */
export function useDisclosure(id: number) {
  return useFetch(async () => {
    const disclosure = await getDisclosure(id);
    const [history, chain] = await Promise.all([getHistory(id), disclosure.status !== 'draft' ? getChain(disclosure.communityId) : null]);
    return { disclosure, history: history.items, verified: chain ? chainVerifies(chain, disclosure) : null, chainLength: chain?.length ?? 0, witness: chain ? witnessChain(chain, disclosure) : null };
  }, [id]);
}
