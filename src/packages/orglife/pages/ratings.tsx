import { View } from '@tarojs/components';
import { useState } from 'react';
import Card from '../../../components/Card';
import PagedList from '../../../components/PagedList';
import PageShell from '../../../components/PageShell';
import StatusTag from '../../../components/StatusTag';
import Tabs from '../../../components/Tabs';
import { RATING_TEXT, RATING_TONE, useRatings, type Rating } from '../../../features/orglife/api';
import { openPage } from '../../../lib/routes';
import './orglife.scss';

/** 党组织评定 in my scope: each organisation's level and reason; a 软弱涣散 one shows its rectification, which opens its tasks. */
export default function RatingsPage() {
  const [level, setLevel] = useState<Rating['level'] | undefined>('weak');
  const list = useRatings(level);
  return (
    <PageShell>
      <Tabs tabs={[{ value: 'weak' as const, label: '软弱涣散' }, { value: undefined, label: '全部评定' }]} value={level} onChange={setLevel} />
      <PagedList
        list={list}
        keyOf={(r) => r.id}
        emptyTitle='暂无评定'
        renderItem={(r) => (
          <Card title={r.organizationName} extra={<StatusTag tone={RATING_TONE[r.level]} label={RATING_TEXT[r.level]} />}>
            <View className='orglife__meta'>{r.year}年度评定</View>
            <View className='orglife__text'>{r.reason}</View>
            {r.rectification && (
              <View className='orglife__tags' onClick={() => openPage('taskList', { id: r.rectification!.taskListId })}>
                <StatusTag tone={r.rectification.closedAt ? 'success' : 'warning'} label={r.rectification.closedAt ? '整顿已完成' : '整顿中'} />
                <View className='orglife__meta'>整顿任务 完成 {r.rectification.doneCount}/{r.rectification.taskCount}，逾期 {r.rectification.overdueCount} ›</View>
              </View>
            )}
          </Card>
        )}
      />
    </PageShell>
  );
}
