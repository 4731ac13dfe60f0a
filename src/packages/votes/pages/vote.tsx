import { View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import ErrorState from '../../../components/ErrorState';
import Loading from '../../../components/Loading';
import PageShell from '../../../components/PageShell';
import StatusTag from '../../../components/StatusTag';
import { castBallot, ELECTORATE_LABELS, useVote, VOTE_STATUS } from '../../../features/votes';
import { formatDateTime } from '../../../lib/format';
import './votes.scss';

/** A vote: the ballot while it is open (up to maxChoices, confirmed before it is cast), the counts once it has closed. */
export default function VotePage() {
  const id = Number(useRouter().params.id);
  const vote = useVote(id);
  const [chosen, setChosen] = useState<number[]>([]);
  const [sending, setSending] = useState(false);
  const v = vote.data;
  if (!v) return <PageShell>{vote.error ? <ErrorState error={vote.error} onRetry={vote.reload} /> : <Loading />}</PageShell>;
  const canVote = v.status === 'open' && v.eligible && !v.voted;
  const toggle = (optionId: number) => {
    if (!canVote) return;
    if (chosen.includes(optionId)) setChosen(chosen.filter((o) => o !== optionId));
    else if (chosen.length < v.maxChoices) setChosen([...chosen, optionId]);
    else void Taro.showToast({ title: `最多选择 ${v.maxChoices} 项`, icon: 'none' });
  };
  const submit = async () => {
    const labels = v.options.filter((o) => chosen.includes(o.id)).map((o) => o.label).join('、');
    const { confirm } = await Taro.showModal({ title: '确认投票', content: `您选择了：${labels}。投票后不能更改，确定提交吗？` });
    if (!confirm) return;
    setSending(true);
    try {
      await castBallot(id, chosen);
      void Taro.showToast({ title: '投票成功', icon: 'success' });
      await vote.reload();
    } catch {
      // Shown by the client's toast.
    } finally {
      setSending(false);
    }
  };
  return (
    <PageShell>
      <Card title={v.title} extra={<StatusTag {...VOTE_STATUS[v.status]} />}>
        <View className='votes__meta'>{formatDateTime(v.opensAt)} 至 {formatDateTime(v.closesAt)} · 最多选 {v.maxChoices} 项 · {ELECTORATE_LABELS[v.electorate]}投票</View>
        {v.options.map((o) => (
          <View key={o.id} className={chosen.includes(o.id) ? 'votes__option votes__option--chosen' : 'votes__option'} onClick={() => toggle(o.id)} ariaRole='checkbox' ariaLabel={`选项：${o.label}${chosen.includes(o.id) ? '（已选）' : ''}`}>
            <View>{chosen.includes(o.id) ? '☑ ' : canVote ? '☐ ' : ''}{o.label}</View>
            {o.count !== null && <View>{o.count} 票</View>}
          </View>
        ))}
        {v.status === 'closed' && <View className='votes__meta'>共 {v.ballotCount} 人投票，票数由选票记录计算，投票人与选票不关联。</View>}
        {v.status === 'open' && !v.voted && !v.eligible && <View className='votes__meta'>您不在本次投票的选民范围内</View>}
        {v.status === 'open' && v.voted && <View className='votes__meta'>已投票：结果在投票结束后公布</View>}
        {v.status === 'scheduled' && <View className='votes__meta'>投票尚未开始</View>}
        {canVote && (
          <View className='votes__actions'>
            <ActionButton block disabled={!chosen.length} loading={sending} onClick={() => void submit()}>投票（已选 {chosen.length}/{v.maxChoices}）</ActionButton>
          </View>
        )}
      </Card>
    </PageShell>
  );
}
