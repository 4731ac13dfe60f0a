import { View } from '@tarojs/components';
import StatusTag from '../../../components/StatusTag';
import { formatDateTime } from '../../../lib/format';
import { KIND_LABELS, signupCount, type Activity } from '../types';
import PhaseTag from './PhaseTag';
import './ActivityCell.scss';

interface Props {
  activity: Activity;
  /** My sign-up, when the list is "my activities". */
  mine?: string;
  onClick: () => void;
}

/** One activity in a list: kind and phase, title, time, place and how full it is. */
export default function ActivityCell({ activity: a, mine, onClick }: Props) {
  return (
    <View className='activity-cell' onClick={onClick}>
      <View className='activity-cell__tags'>
        <StatusTag tone='brand' label={KIND_LABELS[a.kind]} />
        <PhaseTag activity={a} />
        {a.audience === 'members' && <StatusTag tone='warning' label='党员' />}
        {mine && <StatusTag tone='strong' label={mine} />}
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
