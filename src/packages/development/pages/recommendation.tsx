import { View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import ErrorState from '../../../components/ErrorState';
import Loading from '../../../components/Loading';
import PageShell from '../../../components/PageShell';
import StatusTag from '../../../components/StatusTag';
import { ROUND_STATUS, finalizeRound, publishRoundNotice, stepInstant, useRound, type Round } from '../../../features/development';
import { formatDateTime } from '../../../lib/format';
import { openPage } from '../../../lib/routes';
import { shanghaiDate, shanghaiInstant } from '../../../lib/time';
import { useReloadOnReturn } from '../../../lib/use-reload-on-return';
import Deadline, { type DeadlineValue } from '../components/Deadline';
import './development.scss';

const STEPS: { status: Round['status'] | 'done'; label: string }[] = [
  { status: 'voting', label: '按积分排名，党员差额推荐投票' }, { status: 'notice', label: '推荐结果公示' }, { status: 'finalized', label: '确定发展对象' },
];

/**
 * A 差额推荐 round (admin): the candidates ranked by points (votes once the vote closed), the vote
 * on the votes pages, then 公示 of the chosen, then the chosen less upheld objections become candidates.
 */
export default function RecommendationPage() {
  const id = Number(useRouter().params.id);
  const round = useRound(id);
  useReloadOnReturn(round.reload);
  const [ends, setEnds] = useState<DeadlineValue>({ date: shanghaiDate(5), time: '18:00' });
  const [busy, setBusy] = useState(false);
  const r = round.data;
  if (!r) return <PageShell>{round.error ? <ErrorState error={round.error} onRetry={round.reload} /> : <Loading />}</PageShell>;
  const at = STEPS.findIndex((s) => s.status === r.status);
  const run = async (work: () => Promise<Round>, done: string) => {
    setBusy(true);
    try {
      await work();
      void Taro.showToast({ title: done, icon: 'success' });
      await round.reload();
    } catch {
      // Shown by the api client (vote still open, notice running, objections unanswered, a rule).
    } finally {
      setBusy(false);
    }
  };
  const upheld = r.notice?.upheldApplicantIds ?? [];
  return (
    <PageShell>
      <Card title={`${r.year} 年度入党积极分子差额推荐`} extra={<StatusTag {...ROUND_STATUS[r.status]} />}>
        {STEPS.map((s, i) => (
          <View key={s.status} className={i <= at ? 'dev-line' : 'dev-meta'}>{i < at || r.status === 'finalized' ? '●' : i === at ? '◐' : '○'} {s.label}</View>
        ))}
        <View className='dev-meta'>投票：{formatDateTime(r.vote.opensAt)} 至 {formatDateTime(r.vote.closesAt)}{r.vote.ballotCount !== null ? `，${r.vote.ballotCount} 人投票` : ''}</View>
        {r.notice && <View className='dev-meta'>公示至 {formatDateTime(r.notice.endsAt)}{r.notice.unanswered ? `，${r.notice.unanswered} 条异议待答复` : ''}</View>}
        <View className='dev-actions'>
          <ActionButton variant='plain' onClick={() => openPage('vote', { id: r.vote.id })}>查看投票</ActionButton>
          {r.notice && <ActionButton variant='plain' onClick={() => openPage('notice', { id: r.notice!.id })}>查看公示与异议</ActionButton>}
        </View>
      </Card>
      <Card title={`人选（${r.candidates.length} 名，名额 ${r.seats} 个）`}>
        {r.candidates.map((c, i) => (
          <View key={c.applicantId} className={c.chosen ? 'dev-candidate dev-candidate--chosen' : 'dev-candidate'} onClick={() => openPage('applicant', { id: c.applicantId })} ariaRole='link' ariaLabel={`${c.name}的发展记录`}>
            <View>{i + 1}. {c.name}{c.promoted ? '（已列为发展对象）' : upheld.includes(c.applicantId) ? '（异议成立）' : c.chosen ? '（拟推荐）' : ''}</View>
            <View>{c.points} 分{c.votes !== null ? ` · ${c.votes} 票` : ''}</View>
          </View>
        ))}
      </Card>
      {r.status === 'voting' && (
        <Card title='公示推荐结果' flush>
          <Deadline label='公示结束' value={ends} onChange={setEnds} />
          <View className='dev-actions'>
            <ActionButton block disabled={busy || r.vote.status !== 'closed'} onClick={() => void run(() => publishRoundNotice(id, shanghaiInstant(ends.date, ends.time)), '已发布公示')}>
              {r.vote.status === 'closed' ? '按得票发布公示' : '投票截止后可发布公示'}
            </ActionButton>
          </View>
        </Card>
      )}
      {r.status === 'notice' && r.notice && (
        <View className='dev-actions'>
          <ActionButton block disabled={busy || !r.notice.ended} onClick={() => void run(() => finalizeRound(id, stepInstant(shanghaiDate())), '已确定发展对象')}>
            {r.notice.ended ? '确定发展对象' : '公示结束后可确定发展对象'}
          </ActionButton>
        </View>
      )}
    </PageShell>
  );
}
