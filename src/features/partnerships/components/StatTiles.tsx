import { View } from '@tarojs/components';
import './StatTiles.scss';

export interface Stat {
  label: string;
  value: number | string;
  onTap: () => void;
}

/** The headline figures, each opening the rows that make it. */
export default function StatTiles({ stats }: { stats: Stat[] }) {
  return (
    <View className='stat-tiles'>
      {stats.map((s) => (
        <View key={s.label} className='stat-tiles__tile' onClick={s.onTap}>
          <View className='stat-tiles__value'>{s.value}</View>
          <View className='stat-tiles__label'>{s.label}</View>
        </View>
      ))}
    </View>
  );
}
