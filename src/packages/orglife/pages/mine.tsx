import { View } from '@tarojs/components';
import Card from '../../../components/Card';
import PagedList from '../../../components/PagedList';
import PageShell from '../../../components/PageShell';
import StatusTag from '../../../components/StatusTag';
import { MEETING_KIND_TEXT, useMyMeetings } from '../../../features/orglife/api';
import { formatDateTime } from '../../../lib/format';
import './orglife.scss';

/** 我的参会记录 (member): the meetings of my organisation and whether I attended. */
export default function MyMeetingsPage() {
  const list = useMyMeetings();
  return (
    <PageShell>
      <PagedList
        list={list}
        keyOf={(m) => m.id}
        emptyTitle='暂无会议记录'
        emptyDescription='所在党组织记录“三会一课”后，会显示在这里'
        renderItem={(m) => (
          <Card title={m.title} extra={<StatusTag tone={m.present ? 'success' : 'danger'} label={m.present ? '已参会' : '缺席'} />}>
            <View className='orglife__meta'>{MEETING_KIND_TEXT[m.kind]} · {m.organizationName} · {formatDateTime(m.heldAt)}</View>
            <View className='orglife__text'>{m.agenda}</View>
            {!m.present && m.absenceReason && <View className='orglife__meta'>缺席原因：{m.absenceReason}</View>}
          </Card>
        )}
      />
    </PageShell>
  );
}
