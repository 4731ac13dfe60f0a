import { createStoredStore, useStore } from '../../lib/store';
import type { Community } from './types';

/** The community the resident looks at, remembered on the device: residents rarely move. */
const currentCommunityStore = createStoredStore<Community | null>('currentCommunity', null);

export const useCurrentCommunity = (): Community | null => useStore(currentCommunityStore);
export const setCurrentCommunity = (community: Community): void => currentCommunityStore.set(community);
