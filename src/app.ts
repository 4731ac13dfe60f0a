import { useLaunch } from '@tarojs/taro';
import type { PropsWithChildren } from 'react';
import { getToken, loginWithWechat } from './lib/auth';
import { listenForPrivacyRequests } from './lib/privacy';
import './app.scss';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    if (process.env.TARO_ENV === 'h5') labelNavigationBar();
    if (process.env.TARO_ENV !== 'weapp') return;
    listenForPrivacyRequests();
    // Log in quietly on launch so "我的" is ready; a failure is retried by the next request's 401.
    if (!getToken()) loginWithWechat().catch(() => undefined);
  });
  return children;
}

/** H5: the router's bar draws its back and home buttons as bare icons; give them names and a button role. */
function labelNavigationBar(): void {
  const bar = document.getElementById('taro-navigation-bar');
  if (!bar) return;
  bar.setAttribute('role', 'navigation');
  for (const [selector, label] of [
    ['.taro-navigation-bar-back', '返回'],
    ['.taro-navigation-bar-home', '返回首页'],
  ]) {
    const button = bar.querySelector(selector);
    button?.setAttribute('role', 'button');
    button?.setAttribute('aria-label', label);
  }
  const title = bar.querySelector('.taro-navigation-bar-title');
  title?.setAttribute('role', 'heading');
  title?.setAttribute('aria-level', '1'); // a heading role needs its level
}

export default App;
