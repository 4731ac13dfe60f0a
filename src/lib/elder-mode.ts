import { createStoredStore, useStore } from './store';

/** 长辈模式: larger text, kept on the device because it is about who holds the phone, not the account. */
const elderModeStore = createStoredStore<boolean>('elderMode', false);

export const useElderMode = (): boolean => useStore(elderModeStore);
export const setElderMode = (on: boolean): void => elderModeStore.set(on);
