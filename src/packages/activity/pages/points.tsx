import { View } from '@tarojs/components';
import { useState } from 'react';
import Card from '../../../components/Card';
import PagedList from '../../../components/PagedList';
import PageShell from '../../../components/PageShell';
import { formatDateTime } from '../../../lib/format';
import { shanghaiYear } from '../../../lib/time';
import { useMyPoints } from '../../../features/activities/api/get-my-points';
import './points.scss';

const THIS_YEAR = shanghaiYear();

/** My points for a year: the total, the rules with their caps and what each has paid, and every entry with why (the ledger stars are built on). */
export default function MyPointsPage() {
  const [year, setYear] = useState(THIS_YEAR);
  const { summary, list } = useMyPoints(year);
  const [showRules, setShowRules] = useState(false);
  const rules = summary?.year === year ? summary.rules : [];
  return (
    <PageShell>
      <View className='points-total'>
        <View className='points-total__years'>
          <View className='points-total__year-switch' ariaRole='button' ariaLabel={`查看 ${year - 1} 年积分`} onClick={() => setYear(year - 1)}>‹ {year - 1}</View>
          <View className='points-total__year'>{year} 年度</View>
          <View className={year >= THIS_YEAR ? 'points-total__year-switch points-total__year-switch--hidden' : 'points-total__year-switch'} ariaRole='button' ariaLabel={`查看 ${year + 1} 年积分`} onClick={() => year < THIS_YEAR && setYear(year + 1)}>
            {year + 1} ›
          </View>
        </View>
        <View className='points-total__value'>{summary && summary.year === year && !list.error ? summary.total : '—'}</View>
        <View className='points-total__label'>累计积分</View>
      </View>
      {rules.length > 0 && (
        <Card title='积分规则与年度上限' extra={<View className='points-rules__toggle' ariaLabel={showRules ? '收起积分规则' : '展开积分规则'} onClick={() => setShowRules(!showRules)}>{showRules ? '收起' : '展开'}</View>}>
          {(showRules ? rules : rules.filter((r) => r.used > 0)).map((r) => (
            <View key={r.code} className='points-rule'>
              <View className='points-rule__label'>{r.label}</View>
              <View className='points-rule__value'>
                {r.points > 0 ? '+' : ''}{r.points} 分/次 · {r.yearlyCap === null ? `已计 ${r.used}` : `已计 ${r.used}/${r.yearlyCap}`}
              </View>
            </View>
          ))}
          {!showRules && rules.every((r) => r.used === 0) && <View className='points-rule__label'>本年度还没有按规则计分，展开查看全部规则</View>}
        </Card>
      )}
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
