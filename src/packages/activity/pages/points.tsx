import { View } from '@tarojs/components';
import { useState } from 'react';
import PagedList from '../../../components/PagedList';
import PageShell from '../../../components/PageShell';
import { formatDateTime } from '../../../lib/format';
import { shanghaiYear } from '../../../lib/time';
import { useMyPoints } from '../../../features/activities/api/get-my-points';
import './points.scss';

const THIS_YEAR = shanghaiYear();

/** My points for a year: the total, and every entry with why it was paid (the ledger stars are built on). */
export default function MyPointsPage() {
  const [year, setYear] = useState(THIS_YEAR);
  const { summary, list } = useMyPoints(year);
  return (
    <PageShell>
      <View className='points-total'>
        <View className='points-total__years'>
          <View className='points-total__year-switch' onClick={() => setYear(year - 1)}>‹ {year - 1}</View>
          <View className='points-total__year'>{year} 年度</View>
          <View className={year >= THIS_YEAR ? 'points-total__year-switch points-total__year-switch--hidden' : 'points-total__year-switch'} onClick={() => year < THIS_YEAR && setYear(year + 1)}>
            {year + 1} ›
          </View>
        </View>
        <View className='points-total__value'>{summary && summary.year === year && !list.error ? summary.total : '—'}</View>
        <View className='points-total__label'>累计积分</View>
      </View>
      <PagedList
        list={list}
        keyOf={(e) => e.id}
        emptyTitle='本年度暂无积分'
        emptyDescription='报名并签到参加活动，即可获得积分'
        renderItem={(e) => (
          <View className='points-entry'>
            <View className='points-entry__main'>
              <View className='points-entry__reason'>{e.reason}</View>
              <View className='points-entry__time'>{formatDateTime(e.createdAt)}</View>
            </View>
            <View className={e.delta >= 0 ? 'points-entry__delta' : 'points-entry__delta points-entry__delta--minus'}>{e.delta >= 0 ? `+${e.delta}` : e.delta}</View>
          </View>
        )}
      />
    </PageShell>
  );
}
