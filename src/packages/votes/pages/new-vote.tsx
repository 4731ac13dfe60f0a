import { Input, Picker, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import Cell from '../../../components/Cell';
import FormField from '../../../components/FormField';
import PageShell from '../../../components/PageShell';
import { createVote, ELECTORATE_LABELS, type VoteInput } from '../../../features/votes';
import { useMe } from '../../../features/auth/api/get-me';
import ScopeField from '../../../features/votes/components/ScopeField';
import WindowFields, { windowFrom, windowInstants } from '../../../features/votes/components/WindowFields';
import { replacePage } from '../../../lib/routes';
import './votes.scss';

const ELECTORATES: VoteInput['electorate'][] = ['members', 'residents'];

/** Reasons the vote cannot be opened yet, or its input (the server checks again). */
function validate(organizationId: number | null, title: string, options: string[], maxChoices: string, electorate: VoteInput['electorate'], when: ReturnType<typeof windowInstants>): string | VoteInput {
  const labels = options.map((o) => o.trim()).filter(Boolean);
  if (!organizationId) return '请选择党组织';
  if (!title.trim()) return '请填写投票主题';
  if (labels.length < 2) return '至少需要两个选项';
  if (new Set(labels).size !== labels.length) return '选项不能重复';
  const max = Number(maxChoices);
  if (!Number.isInteger(max) || max < 1 || max > labels.length) return `最多可选须为 1–${labels.length} 的整数`;
  if (when.end <= when.start) return '截止时间须晚于开始时间';
  return { organizationId, title: title.trim(), options: labels.map((label) => ({ label })), maxChoices: max, electorate, opensAt: when.start, closesAt: when.end };
}

/** 发起投票 (admin): the question, its options, how many a voter may choose, who votes and when. The options are frozen once it opens. */
export default function NewVotePage() {
  const me = useMe();
  const [organizationId, setOrganizationId] = useState<number | null>(null);
  const [title, setTitle] = useState('');
  const [options, setOptions] = useState(['', '']);
  const [maxChoices, setMaxChoices] = useState('1');
  const [electorate, setElectorate] = useState<VoteInput['electorate']>('members');
  const [when, setWhen] = useState(() => windowFrom(new Date(), 7));
  const [sending, setSending] = useState(false);
  const setOption = (i: number, label: string) => setOptions(options.map((o, k) => (k === i ? label : o)));
  const send = async () => {
    const input = validate(organizationId, title, options, maxChoices, electorate, windowInstants(when));
    if (typeof input === 'string') return void Taro.showToast({ title: input, icon: 'none' });
    setSending(true);
    try {
      const vote = await createVote(input);
      void Taro.showToast({ title: '投票已发起', icon: 'success' });
      replacePage('vote', { id: vote.id });
    } catch {
      // Shown by the client's toast.
    } finally {
      setSending(false);
    }
  };
  return (
    <PageShell>
      <Card title='投票' flush>
        <ScopeField scopes={me.data?.adminScopes} value={organizationId} onChange={setOrganizationId} />
        <FormField label='投票主题'>
          <Input className='votes__input' ariaLabel='投票主题' placeholder='如：明年民生实事项目' maxlength={100} value={title} onInput={(e) => setTitle(e.detail.value)} />
        </FormField>
        <Picker mode='selector' range={ELECTORATES.map((e) => ELECTORATE_LABELS[e])} value={ELECTORATES.indexOf(electorate)} onChange={(e) => setElectorate(ELECTORATES[Number(e.detail.value)])}>
          <Cell title='投票人' value={ELECTORATE_LABELS[electorate]} arrow />
        </Picker>
        <WindowFields value={when} onChange={setWhen} startLabel='开始' endLabel='截止' />
      </Card>
      <Card title={`选项（${options.length}）`} flush>
        {options.map((o, i) => (
          <FormField key={i} label={`选项 ${i + 1}`}>
            <View className='votes__row'>
              <Input className='votes__input' ariaLabel={`选项 ${i + 1}`} placeholder='选项内容' maxlength={100} value={o} onInput={(e) => setOption(i, e.detail.value)} />
              {options.length > 2 && <View className='votes__remove' ariaRole='button' ariaLabel={`删除选项 ${i + 1}`} onClick={() => setOptions(options.filter((_, k) => k !== i))}>删除</View>}
            </View>
          </FormField>
        ))}
        <FormField label='最多可选'>
          <Input className='votes__input' type='number' ariaLabel='最多可选' placeholder='每人最多选几项' value={maxChoices} onInput={(e) => setMaxChoices(e.detail.value)} />
        </FormField>
      </Card>
      <View className='votes__actions votes__form-actions'>
        {options.length < 50 && <ActionButton variant='plain' onClick={() => setOptions([...options, ''])}>添加选项</ActionButton>}
        <ActionButton disabled={sending} loading={sending} onClick={() => void send()}>发起投票</ActionButton>
      </View>
      <View className='votes__meta votes__form-note'>投票开始后选项不能再修改；投票结束前不公布票数，选票与投票人不关联。</View>
    </PageShell>
  );
}
