import { View } from '@tarojs/components';
import ActionButton from '../../../components/ActionButton';
import { useState } from 'react';
import Card from '../../../components/Card';
import PagedList from '../../../components/PagedList';
import PageShell from '../../../components/PageShell';
import StatusTag from '../../../components/StatusTag';
import Tabs from '../../../components/Tabs';
import { isAdmin } from '../../../features/auth/roles';
import { useMe } from '../../../features/auth/api/get-me';
import { NOTICE_STATUS, SELECTION_STEPS, VOTE_STATUS, useNotices, useSelections, useVotes } from '../../../features/votes';
import { formatDateTime } from '../../../lib/format';
import { openPage, type PageName } from '../../../lib/routes';
import { useReloadOnReturn } from '../../../lib/use-reload-on-return';
import './votes.scss';

type Tab = 'votes' | 'notices' | 'selections';
const TABS: { value: Tab; label: string }[] = [{ value: 'votes', label: '投票' }, { value: 'notices', label: '公示' }, { value: 'selections', label: '阳光党员评选' }];
/** What an admin starts from each tab. */
const START: Record<Tab, { page: PageName; label: string }> = { votes: { page: 'newVote', label: '发起投票' }, notices: { page: 'newNotice', label: '发布公示' }, selections: { page: 'newSelection', label: '发起评选' } };

function VoteList() {
  const list = useVotes();
  useReloadOnReturn(list.reload);
  return (
    <PagedList list={list} keyOf={(v) => v.id} emptyTitle='暂无可参加的投票' renderItem={(v) => (
      <View onClick={() => openPage('vote', { id: v.id })} ariaLabel={`投票：${v.title}`}>
        <Card title={v.title} extra={<StatusTag {...VOTE_STATUS[v.status]} />}>
          <View className='votes__meta'>{formatDateTime(v.opensAt)} 至 {formatDateTime(v.closesAt)} · 最多选 {v.maxChoices} 项{v.voted ? ' · 已投票' : ''}</View>
        </Card>
      </View>
    )} />
  );
}

function NoticeList() {
  const list = useNotices();
  useReloadOnReturn(list.reload);
  return (
    <PagedList list={list} keyOf={(n) => n.id} emptyTitle='暂无公示' renderItem={(n) => (
      <View onClick={() => openPage('notice', { id: n.id })} ariaLabel={`公示：${n.title}`}>
        <Card title={n.title} extra={<StatusTag {...NOTICE_STATUS[n.status]} />}>
          <View className='votes__meta'>公示期 {formatDateTime(n.startsAt)} 至 {formatDateTime(n.endsAt)} · 异议 {n.objectionCount} 条，已答复 {n.answeredCount} 条</View>
        </Card>
      </View>
    )} />
  );
}

function SelectionList() {
  const list = useSelections();
  useReloadOnReturn(list.reload);
  return (
    <PagedList list={list} keyOf={(s) => s.id} emptyTitle='暂无评选' renderItem={(s) => (
      <View onClick={() => openPage('selection', { id: s.id })} ariaLabel={`${s.year}年度阳光党员评选`}>
        <Card title={`${s.year}年度阳光党员评选`} extra={<StatusTag tone={s.status === 'final' ? 'success' : 'brand'} label={SELECTION_STEPS.find((x) => x.status === s.status)!.label} />}>
          <View className='votes__meta'>名额 {s.seats} 名 · 提名于 {formatDateTime(s.schedule.nominatedAt)}</View>
        </Card>
      </View>
    )} />
  );
}

/** 投票与公示: the votes I may vote in, the notices with their objections, the 阳光党员 selections. */
export default function VotesHome() {
  const [tab, setTab] = useState<Tab>('votes');
  const me = useMe();
  return (
    <PageShell>
      <Tabs tabs={TABS} value={tab} onChange={setTab} />
      {me.data && isAdmin(me.data.roles) && (
        <View className='votes__actions votes__form-actions'>
          <ActionButton variant='plain' onClick={() => openPage(START[tab].page)}>{START[tab].label}</ActionButton>
        </View>
      )}
      {tab === 'votes' && <VoteList />}
      {tab === 'notices' && <NoticeList />}
      {tab === 'selections' && <SelectionList />}
    </PageShell>
  );
}
