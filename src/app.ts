import { useLaunch } from '@tarojs/taro';
import type { PropsWithChildren } from 'react';
import { getToken, loginWithWechat } from './lib/auth';
import { listenForPrivacyRequests } from './lib/privacy';
import './app.scss';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    if (process.env.TARO_ENV !== 'weapp') return;
    listenForPrivacyRequests();
    // Log in quietly on launch so "我的" is ready; a failure is retried by the next request's 401.
    if (!getToken()) loginWithWechat().catch(() => undefined);
  });
  return children;
}

export default App;
