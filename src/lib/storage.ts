import Taro from '@tarojs/taro';

/** Everything this app keeps on the device, under one prefix so it never collides with a plugin's keys. */
const PREFIX = 'spb:';

export function readStored<T>(key: string): T | undefined {
  try {
    const value: unknown = Taro.getStorageSync(PREFIX + key);
    // getStorageSync answers '' for a missing key.
    return value === '' || value === undefined || value === null ? undefined : (value as T);
  } catch {
    return undefined;
  }
}

export function writeStored<T>(key: string, value: T): void {
  Taro.setStorageSync(PREFIX + key, value);
}

export function removeStored(key: string): void {
  Taro.removeStorageSync(PREFIX + key);
}
