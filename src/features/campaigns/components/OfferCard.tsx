import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { Entry } from '../types';
import './campaigns.scss';

/** A merchant's offer: who, what, where, and how many are left; `action` is the claim button or a status. */
export default function OfferCard({ entry, action }: { entry: Entry; action?: ReactNode }) {
  return (
    <View className='offer'>
      <View className='offer__head'>
        <View className='offer__merchant'>{entry.merchant?.name}</View>
        {action && <View className='offer__action'>{action}</View>}
      </View>
      <View className='offer__title'>{entry.offerTitle}</View>
      {entry.offerDetail && <View className='offer__detail'>{entry.offerDetail}</View>}
      {entry.merchant && <View className='offer__address'>地址：{entry.merchant.address}</View>}
      <View className='offer__foot'>
        <View>
          剩余 {entry.remaining} / {entry.quota}
        </View>
        <View>已领 {entry.claimedCount}</View>
      </View>
    </View>
  );
}
