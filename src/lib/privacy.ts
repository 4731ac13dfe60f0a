import Taro from '@tarojs/taro';
import { createStore, useStore } from './store';

/**
 * Exactly what the mini program collects, and why: the privacy popup lists it, and the same list
 * goes into the 用户隐私保护指引 in the WeChat console (README). No location: check-in scans the
 * activity's QR code. Adding a field or a privacy API (chooseLocation, getPhoneNumber…) means adding it here.
 */
export const COLLECTED_DATA: { data: string; purpose: string }[] = [
  { data: '姓名、手机号', purpose: '党员认证时核对党员名册，仅所属党组织的管理员可见' },
  { data: '商户联系电话', purpose: '商户入驻审核，仅所属联盟的管理员可见' },
  { data: '选中的照片', purpose: '上传活动、公开附件和商户活动的图片' },
  { data: '选中的文件', purpose: '管理员上传三务公开的PDF附件' },
];

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
 * collecting personal data (COLLECTED_DATA). H5 runs only in development and has no such dialog.
 */
export function requirePrivacyConsent(): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp') return Promise.resolve();
  return new Promise((resolve, reject) => {
    Taro.requirePrivacyAuthorize({ success: () => resolve(), fail: reject });
  });
}
