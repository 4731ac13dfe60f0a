import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import { setCurrentCommunity, useCurrentCommunity } from '../current-community';
import { pickCommunity } from '../pick-community';
import { COMMUNITY_KIND_LABELS } from '../types';
import './CurrentCommunityCard.scss';

const choose = () => pickCommunity().then(setCurrentCommunity);

/** Which community the resident is looking at, and the way to change it; `children` say more about it (its record, on 首页). */
export default function CurrentCommunityCard({ children }: { children?: ReactNode }) {
  const community = useCurrentCommunity();
  if (!community)
    return (
      <Card title='我的社区'>
        <View className='current-community__prompt'>选择你所在的社区，查看三务公开和社区活动</View>
        <ActionButton block onClick={choose}>
          选择社区
        </ActionButton>
      </Card>
    );
  return (
    <Card
      title='我的社区'
      extra={
        <View className='current-community__switch' role='button' ariaLabel='切换社区' onClick={choose}>
          切换社区
        </View>
      }
    >
      <View className='current-community__name'>{community.name}</View>
      <View className='current-community__meta'>
        {community.streetName} · {COMMUNITY_KIND_LABELS[community.kind]}
      </View>
      {children}
    </Card>
  );
}
