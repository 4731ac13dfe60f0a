import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import Cell from '../../../components/Cell';
import PagedList from '../../../components/PagedList';
import PageShell from '../../../components/PageShell';
import { formatDateTime } from '../../../lib/format';
import { useActivity } from '../../../features/activities/api/get-activity';
import { downloadRoster, useRoster } from '../../../features/activities/api/get-roster';
import './roster.scss';

/** The admin's roster: confirmed first, then the waiting list in order, with attendance; exported as xlsx. */
export default function RosterPage() {
  const id = Number(useRouter().params.id);
  const activity = useActivity(id);
  const { counts, list } = useRoster(id);
  const [downloading, setDownloading] = useState(false);
  const download = async () => {
    setDownloading(true);
    await downloadRoster(id);
    setDownloading(false);
  };
  return (
    <PageShell>
      <View className='roster-head'>
        <View className='roster-head__title'>{activity.data?.title ?? ' '}</View>
        <View className='roster-head__counts'>
          <View className='roster-head__count'>已确认 <View className='roster-head__n'>{counts?.confirmedCount ?? '—'}</View></View>
          <View className='roster-head__count'>候补 <View className='roster-head__n'>{counts?.waitlistCount ?? '—'}</View></View>
          <View className='roster-head__count'>已签到 <View className='roster-head__n'>{activity.data?.checkedInCount ?? '—'}</View></View>
        </View>
        <ActionButton block variant='plain' disabled={downloading} onClick={() => void download()}>
          {downloading ? '正在下载…' : '下载 Excel 名单（含签到）'}
        </ActionButton>
      </View>
      <PagedList
        list={list}
        keyOf={(r) => r.id}
        emptyTitle='暂无报名'
        renderItem={(r) => (
          <Cell
            title={r.nickname || `用户 ${r.userId}`}
            description={`报名于 ${formatDateTime(r.createdAt)}${r.checkedInAt ? ` · 签到于 ${formatDateTime(r.checkedInAt)}` : ''}`}
            value={r.status === 'confirmed' ? (r.checkedInAt ? '已签到' : '已确认') : `候补第 ${r.position ?? '-'} 位`}
            />
          )}
      />
    </PageShell>
  );
}
