import { View } from '@tarojs/components';
import './index.scss';

/** One row of a points ranking: the rank (the first three stand out), the name, the points; a link when it opens something. */
export default function RankRow({ rank, name, points, onClick }: { rank: number; name: string; points: number; onClick?: () => void }) {
  return (
    <View className='rank-row' onClick={onClick} ariaRole={onClick ? 'link' : undefined} ariaLabel={`第 ${rank} 名 ${name} ${points} 分`}>
      <View className={rank <= 3 ? 'rank-row__no rank-row__no--top' : 'rank-row__no'}>{rank}</View>
      <View className='rank-row__name'>{name}</View>
      <View className='rank-row__points'>{points} 分</View>
    </View>
  );
}
