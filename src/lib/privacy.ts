import Taro from '@tarojs/taro';
import { createStore, useStore } from './store';

type Resolve = (option: Taro.onNeedPrivacyAuthorization.ResolveOption) => void;

/** WeChat is waiting for the user to agree to the privacy guide (the popup shows while this is set). */
const pendingStore = createStore<Resolve | null>(null);

export const usePendingPrivacyRequest = (): Resolve | null => useStore(pendingStore);

/** WeChat pauses any privacy-relevant API until the user answers; the popup answers for them. */
export function listenForPrivacyRequests(): void {
  Taro.onNeedPrivacyAuthorization((resolve) => pendingStore.set(resolve));
}

export function answerPrivacyRequest(agreed: boolean, buttonId?: string): void {
  pendingStore.get()?.(agreed ? { event: 'agree', buttonId } : { event: 'disagree' });
  pendingStore.set(null);
}

/**
 * Resolves once the user has agreed to the privacy guide, asking first if needed. Call it before
 * collecting personal data (name, phone). H5 runs only in development and has no such dialog.
 */
export function requirePrivacyConsent(): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp') return Promise.resolve();
  return new Promise((resolve, reject) => {
    Taro.requirePrivacyAuthorize({ success: () => resolve(), fail: reject });
  });
}
