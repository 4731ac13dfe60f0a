import { View } from '@tarojs/components';
import { formatDateTime } from '../../../lib/format';
import { activityPhase, KIND_LABELS, signupCount, type Activity } from '../types';
import './ActivityCell.scss';

interface Props {
  activity: Activity;
  /** My sign-up, when the list is "my activities". */
  mine?: string;
  onClick: () => void;
}

/** One activity in a list: kind and phase, title, time, place and how full it is. */
export default function ActivityCell({ activity: a, mine, onClick }: Props) {
  const phase = activityPhase(a);
  return (
    <View className='activity-cell' onClick={onClick}>
      <View className='activity-cell__tags'>
        <View className='activity-cell__kind'>{KIND_LABELS[a.kind]}</View>
        <View className={`activity-cell__phase activity-cell__phase--${phase.tone}`}>{phase.label}</View>
        {a.audience === 'members' && <View className='activity-cell__audience'>党员</View>}
        {mine && <View className='activity-cell__mine'>{mine}</View>}
      </View>
      <View className='activity-cell__title'>{a.title}</View>
      <View className='activity-cell__meta'>{formatDateTime(a.startAt)} · {a.location.name}</View>
      <View className='activity-cell__meta'>
        {signupCount(a)}
        {a.points > 0 ? ` · 参加得 ${a.points} 积分` : ''}
      </View>
    </View>
  );
}
