import { Input, Picker, View } from '@tarojs/components';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import Cell from '../../../components/Cell';
import FormField from '../../../components/FormField';
import PagedList from '../../../components/PagedList';
import PageShell from '../../../components/PageShell';
import StatusTag from '../../../components/StatusTag';
import Tabs from '../../../components/Tabs';
import { createExam, KIND_TEXT, useBank } from '../../../features/learning/api';
import { shanghaiDate, shanghaiInstant } from '../../../lib/time';
import { useSubmit } from '../../../lib/use-submit';
import AdminOrganization from '../../../features/orgs/components/AdminOrganization';
import './learning.scss';

type Mode = 'draw' | 'fixed';
const int = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : NaN);

/**
 * 新建考试 (admin): questions from the bank — N drawn at random per tag (each member a different
 * paper) or a fixed list; duration, pass score, the window, and the audience's age limit (2017:
 * members under 50 sat the exam). The audience is the organisation's subtree.
 */
export default function NewExamPage() {
  const [organizationId, setOrganizationId] = useState<number | null>(null);
  const [title, setTitle] = useState('');
  const [mode, setMode] = useState<Mode>('draw');
  const [draw, setDraw] = useState<{ tag: string; count: string }[]>([{ tag: '', count: '5' }]);
  const [picked, setPicked] = useState<number[]>([]);
  const [duration, setDuration] = useState('30');
  const [passScore, setPassScore] = useState('60');
  const [maxAge, setMaxAge] = useState('');
  const [opens, setOpens] = useState({ date: shanghaiDate(), time: '08:00' });
  const [closes, setCloses] = useState({ date: shanghaiDate(7), time: '18:00' });
  const bank = useBank();
  const tags = [...new Set(bank.items.flatMap((q) => q.tags))];

  const rules = draw.filter((d) => d.tag.trim()).map((d) => ({ tag: d.tag.trim(), count: int(d.count) }));
  const problems = [
    !title.trim() && '请填写考试名称',
    mode === 'draw' && (!rules.length || rules.some((r) => !(r.count >= 1))) && '请填写抽题标签和题数',
    mode === 'fixed' && !picked.length && '请选择试题',
    !(int(duration) >= 1) && '请填写考试时长',
    !(int(passScore) <= 100) && '合格分数为 0–100',
    maxAge.trim() && !(int(maxAge) >= 18) && '年龄上限应为 18 以上的整数',
    shanghaiInstant(opens.date, opens.time) >= shanghaiInstant(closes.date, closes.time) && '结束时间应晚于开始时间',
  ].filter(Boolean) as string[];
  const { submitting, submit } = useSubmit(
    () =>
      createExam({
        organizationId: organizationId!, title: title.trim(), durationMinutes: int(duration), passScore: int(passScore),
        opensAt: shanghaiInstant(opens.date, opens.time), closesAt: shanghaiInstant(closes.date, closes.time),
        ...(maxAge.trim() ? { maxAge: int(maxAge) } : {}),
        ...(mode === 'draw' ? { draw: rules } : { questionIds: picked }),
      }),
    '考试已创建',
  );
  const setRule = (i: number, patch: Partial<{ tag: string; count: string }>) => setDraw(draw.map((d, j) => (i === j ? { ...d, ...patch } : d)));
  const toggle = (id: number) => setPicked(picked.includes(id) ? picked.filter((p) => p !== id) : [...picked, id]);
  return (
    <PageShell>
      <View className='learning-form'>
        <AdminOrganization value={organizationId} onChange={setOrganizationId} />
        <Card title='考试' flush>
          <FormField label='考试名称'>
            <Input className='learning-form__input' ariaLabel='考试名称' placeholder='如：春季轮训上机考试' value={title} maxlength={100} onInput={(e) => setTitle(e.detail.value)} />
          </FormField>
          <FormField label='时长（分钟）'>
            <Input className='learning-form__input' ariaLabel='考试时长（分钟）' type='number' value={duration} onInput={(e) => setDuration(e.detail.value)} />
          </FormField>
          <FormField label='合格分数'>
            <Input className='learning-form__input' ariaLabel='合格分数' type='number' value={passScore} onInput={(e) => setPassScore(e.detail.value)} />
          </FormField>
          <FormField label='年龄上限'>
            <Input className='learning-form__input' ariaLabel='年龄上限（周岁）' type='number' placeholder='如 50：50周岁以下参加；留空不限' value={maxAge} onInput={(e) => setMaxAge(e.detail.value)} />
          </FormField>
          <Picker mode='date' value={opens.date} onChange={(e) => setOpens({ ...opens, date: e.detail.value })}>
            <Cell title='开始日期' value={opens.date} arrow />
          </Picker>
          <Picker mode='time' value={opens.time} onChange={(e) => setOpens({ ...opens, time: e.detail.value })}>
            <Cell title='开始时间' value={opens.time} arrow />
          </Picker>
          <Picker mode='date' value={closes.date} onChange={(e) => setCloses({ ...closes, date: e.detail.value })}>
            <Cell title='结束日期' value={closes.date} arrow />
          </Picker>
          <Picker mode='time' value={closes.time} onChange={(e) => setCloses({ ...closes, time: e.detail.value })}>
            <Cell title='结束时间' value={closes.time} arrow />
          </Picker>
        </Card>
        <Tabs tabs={[{ value: 'draw' as const, label: '按标签随机抽题' }, { value: 'fixed' as const, label: `固定试题（已选 ${picked.length}）` }]} value={mode} onChange={setMode} />
        {mode === 'draw' && (
          <Card title={`抽题规则（共 ${rules.reduce((n, r) => n + (r.count || 0), 0)} 题）`}>
            {tags.length > 0 && (
              <View className='learning__tags'>
                {tags.map((t) => (
                  <View key={t} ariaLabel={`添加标签${t}`} onClick={() => !draw.some((d) => d.tag === t) && setDraw([...draw.filter((d) => d.tag.trim()), { tag: t, count: '5' }])}>
                    <StatusTag tone={draw.some((d) => d.tag === t) ? 'strong' : 'neutral'} label={t} />
                  </View>
                ))}
              </View>
            )}
            {draw.map((d, i) => (
              <View key={i} className='learning__rule'>
                <Input className='learning-form__input learning__rule-tag' ariaLabel={`第${i + 1}条规则的标签`} placeholder='标签，如 党章' value={d.tag} onInput={(e) => setRule(i, { tag: e.detail.value })} />
                <Input className='learning-form__input learning__rule-count' ariaLabel={`第${i + 1}条规则的题数`} type='number' value={d.count} onInput={(e) => setRule(i, { count: e.detail.value })} />
                <View className='learning__meta'>题</View>
              </View>
            ))}
            <ActionButton variant='plain' onClick={() => setDraw([...draw, { tag: '', count: '5' }])}>
              添加规则
            </ActionButton>
          </Card>
        )}
        {mode === 'fixed' && (
          <PagedList
            list={bank}
            keyOf={(q) => q.id}
            emptyTitle='题库还没有题目'
            emptyDescription='先在“题库导入”中导入题目'
            renderItem={(q) => (
              <Cell
                title={q.stem}
                description={`${KIND_TEXT[q.kind]} · ${q.tags.join('、') || '无标签'}`}
                value={<StatusTag tone={picked.includes(q.id) ? 'brand' : 'neutral'} label={picked.includes(q.id) ? '已选' : '未选'} />}
                onClick={() => toggle(q.id)}
              />
            )}
          />
        )}
        <View className='learning__submit'>
          {problems.length > 0 && <View className='learning__meta'>{problems[0]}</View>}
          <ActionButton block disabled={organizationId === null || problems.length > 0} loading={submitting} onClick={submit}>
            创建考试
          </ActionButton>
        </View>
      </View>
    </PageShell>
  );
}
