/**
 * The parts of @tarojs/taro the app uses, as jest mocks. Storage is an in-memory map; page hooks
 * record their callbacks so a test can fire them (`firePageEvent('onReachBottom')`).
 */
import { useEffect, useRef } from 'react';

type Callback = (...args: unknown[]) => unknown;

const storage = new Map<string, unknown>();
const pageCallbacks = new Map<string, Set<Callback>>();

function pageHook(event: string) {
  return (fn: Callback) => {
    // Like Taro: registered once per component, always calling the latest callback.
    const ref = useRef(fn);
    ref.current = fn;
    useEffect(() => {
      const callback: Callback = (...args) => ref.current(...args);
      const set = pageCallbacks.get(event) ?? new Set();
      set.add(callback);
      pageCallbacks.set(event, set);
      return () => void set.delete(callback);
    }, []);
  };
}

export async function firePageEvent(event: string): Promise<void> {
  await Promise.all([...(pageCallbacks.get(event) ?? [])].map((callback) => callback()));
}

const Taro = {
  request: jest.fn(),
  downloadFile: jest.fn(),
  openDocument: jest.fn(async () => undefined),
  login: jest.fn(async () => ({ code: 'wx_code', errMsg: 'login:ok' })),
  showToast: jest.fn(async () => undefined),
  showModal: jest.fn(async () => ({ confirm: true, cancel: false })),
  reLaunch: jest.fn(async () => undefined),
  navigateTo: jest.fn(async () => undefined),
  redirectTo: jest.fn(async () => undefined),
  navigateBack: jest.fn(async () => undefined),
  switchTab: jest.fn(async () => undefined),
  stopPullDownRefresh: jest.fn(),
  getCurrentPages: jest.fn((): { route: string }[] => [{ route: 'pages/index/index' }]),
  requirePrivacyAuthorize: jest.fn((options: { success: () => void }) => options.success()),
  onNeedPrivacyAuthorization: jest.fn(),
  openPrivacyContract: jest.fn(),
  getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
  setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
  removeStorageSync: (key: string) => void storage.delete(key),
};

export const useReachBottom = pageHook('onReachBottom');
export const usePullDownRefresh = pageHook('onPullDownRefresh');
export const useDidShow = pageHook('onShow');
export const useUnload = pageHook('onUnload');
export const useLaunch = pageHook('onLaunch');

export default Taro;
