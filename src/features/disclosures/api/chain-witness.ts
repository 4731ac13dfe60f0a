import { request } from '../../../lib/api-client';
import { useFetch } from '../../../lib/use-fetch';
import type { SignedChainHead } from '../types';
import { keptHead, witnessChain, type Witness } from '../verify/witness';
import { getChain } from './get-disclosure';

export const getChainHead = (communityId: number) => request<SignedChainHead>({ path: `/api/communities/${communityId}/disclosure-chain/head`, toast: false });

/**
 * The list page's witness: the small signed head first; only when it moved since this device kept
 * one is the whole chain fetched to check that it extends the kept head.
 */
export const useChainWitness = (communityId: number | undefined) =>
  useFetch(async (): Promise<Witness> => {
    const head = await getChainHead(communityId!);
    const kept = keptHead(communityId!);
    if (kept && kept.seq === head.seq && kept.hash === head.hash) return { state: 'extends', kept, head: kept };
    return witnessChain(await getChain(communityId!));
  }, [communityId], communityId !== undefined);
