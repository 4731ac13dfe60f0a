import Taro from '@tarojs/taro';
import { openPage } from '../../lib/routes';
import { setCurrentCommunity } from './current-community';
import type { Community } from './types';

let pending: ((community: Community) => void) | null = null;

/** Opens the community picker and resolves with the community the user taps. */
export function pickCommunity(): Promise<Community> {
  return new Promise((resolve) => {
    pending = resolve;
    openPage('communityPicker');
  });
}

/**
 * Called by the picker page. Opened without a caller waiting (a shared link, an H5 reload), the
 * choice becomes the current community.
 */
export function completeCommunityPick(community: Community): void {
  if (pending) {
    pending(community);
    pending = null;
    void Taro.navigateBack();
  } else {
    setCurrentCommunity(community);
    openPage('home');
  }
}

/** The picker closed without a choice: the caller stops waiting, so a later pick cannot reach it. */
export function cancelCommunityPick(): void {
  pending = null;
}
