import { View } from '@tarojs/components';
import type { Rates } from '../types';
import './campaigns.scss';

const percent = (r: number) => `${Math.round(r * 1000) / 10}%`;

/** Rows of claims, redemptions and redemption rate under a first column (merchant or day). */
export default function StatsTable({ head, rows }: { head: string; rows: (Rates & { key: string | number; name: string })[] }) {
  return (
    <View className='stats-table'>
      <View className='stats-table__row stats-table__row--head'>
        <View className='stats-table__name'>{head}</View>
        <View className='stats-table__num'>领取</View>
        <View className='stats-table__num'>核销</View>
        <View className='stats-table__num'>核销率</View>
      </View>
      {rows.map((r) => (
        <View className='stats-table__row' key={r.key}>
          <View className='stats-table__name'>{r.name}</View>
          <View className='stats-table__num'>{r.claims}</View>
          <View className='stats-table__num'>{r.redemptions}</View>
          <View className='stats-table__num'>{percent(r.redemptionRate)}</View>
        </View>
      ))}
    </View>
  );
}
