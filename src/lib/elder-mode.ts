import { createStoredStore, useStore } from './store';

/** 长辈模式: larger text, kept on the device because it is about who holds the phone, not the account. */
const elderModeStore = createStoredStore<boolean>('elderMode', false);

export const useElderMode = (): boolean => useStore(elderModeStore);
export const setElderMode = (on: boolean): void => elderModeStore.set(on);

// H5's tab bar is Taro's, outside every page (PageShell): it follows 长辈模式 through a class on
// <body> (app.scss). The mini program's tab bar is WeChat's own and follows WeChat's font size.
if (process.env.TARO_ENV === 'h5') {
  const mark = () => document.body.classList.toggle('elder-mode', elderModeStore.get());
  mark();
  elderModeStore.subscribe(mark);
}
