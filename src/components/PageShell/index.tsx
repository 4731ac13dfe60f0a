import { View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import { useElderMode } from '../../lib/elder-mode';
import PrivacyPopup from '../PrivacyPopup';
import './index.scss';

/** The root of every page: background, font scale (长辈模式) and the WeChat privacy popup. */
export default function PageShell({ children }: PropsWithChildren) {
  const elder = useElderMode();
  return (
    <View className={elder ? 'page page--elder' : 'page'}>
      {children}
      {process.env.TARO_ENV === 'weapp' && <PrivacyPopup />}
    </View>
  );
}
