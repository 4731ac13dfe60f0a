import { View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import ErrorState from '../../../components/ErrorState';
import Loading from '../../../components/Loading';
import PageShell from '../../../components/PageShell';
import StatusTag from '../../../components/StatusTag';
import { isAdmin } from '../../../features/auth/roles';
import { useMe } from '../../../features/auth/api/get-me';
import { SELECTION_STEPS, selectionStep, useSelection, type Selection } from '../../../features/votes';
import { formatDateTime } from '../../../lib/format';
import { openPage } from '../../../lib/routes';
import './votes.scss';

const NEXT: Partial<Record<Selection['status'], { step: 'vote' | 'notice' | 'finalize'; label: string }>> = {
  nominating: { step: 'vote', label: '开启党员投票' }, voting: { step: 'notice', label: '投票结束后发布公示' }, notice: { step: 'finalize', label: '公示结束后确定结果' },
};

const when = (from: string | null, to?: string | null) => (from ? `${formatDateTime(from)}${to ? ` 至 ${formatDateTime(to)}` : ''}` : '待定');

/** A 阳光党员 selection's progress: each step with its dates, the candidates, the vote and 公示, the winners; an admin takes the next step here. */
export default function SelectionPage() {
  const id = Number(useRouter().params.id);
  const selection = useSelection(id);
  const me = useMe();
  const s = selection.data;
  if (!s) return <PageShell>{selection.error ? <ErrorState error={selection.error} onRetry={selection.reload} /> : <Loading />}</PageShell>;
  const at = SELECTION_STEPS.findIndex((x) => x.status === s.status);
  const dates = [when(s.schedule.nominatedAt), when(s.schedule.voteOpensAt, s.schedule.voteClosesAt), when(s.schedule.noticeStartsAt, s.schedule.noticeEndsAt), when(s.schedule.finalizedAt)];
  const next = NEXT[s.status];
  const take = async () => {
    try {
      await selectionStep(id, next!.step);
      void Taro.showToast({ title: '已完成', icon: 'success' });
      await selection.reload();
    } catch {
      // Shown by the client's toast.
    }
  };
  return (
    <PageShell>
      <Card title={`${s.year}年度阳光党员评选`} extra={<StatusTag tone={s.status === 'final' ? 'success' : 'brand'} label={SELECTION_STEPS[at].label} />}>
        {SELECTION_STEPS.map((step, i) => (
          <View key={step.status} className={i <= at ? 'votes__step votes__step--done' : 'votes__step'}>{i <= at ? '●' : '○'} {step.label}：{dates[i]}</View>
        ))}
        <View className='votes__actions'>
          {s.voteId && <ActionButton variant='plain' onClick={() => openPage('vote', { id: s.voteId! })}>查看投票</ActionButton>}
          {s.noticeId && <ActionButton variant='plain' onClick={() => openPage('notice', { id: s.noticeId! })}>查看公示</ActionButton>}
          {next && me.data && isAdmin(me.data.roles) && <ActionButton onClick={() => void take()}>{next.label}</ActionButton>}
        </View>
      </Card>
      {s.status !== 'nominating' && s.winners.length > 0 && (
        <Card title={s.status === 'final' ? '阳光党员名单' : '拟表彰人选'}>
          {s.winners.map((c) => <View key={c.id} className='votes__option'>{c.name}<View>{c.votes} 票</View></View>)}
        </Card>
      )}
      <Card title={`候选人（${s.candidates.length} 人，名额 ${s.seats} 名）`}>
        {s.candidates.map((c) => (
          <View key={c.id} className='votes__option'>
            <View>{c.rank}. {c.name}{c.dropped ? '（异议成立，取消）' : ''}</View>
            <View>{c.stars ? `${c.stars} 星 · ` : ''}{c.points} 分{c.votes !== null ? ` · ${c.votes} 票` : ''}</View>
          </View>
        ))}
      </Card>
    </PageShell>
  );
}
