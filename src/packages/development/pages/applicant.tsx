import { Input, Picker, Textarea, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import Cell from '../../../components/Cell';
import ErrorState from '../../../components/ErrorState';
import FormField from '../../../components/FormField';
import Loading from '../../../components/Loading';
import PageShell from '../../../components/PageShell';
import StatusTag from '../../../components/StatusTag';
import {
  STAGE_LABELS, STAGE_TONES, STEP_EVIDENCE, addPoints, disqualify, moveStage, nextStage, stepInstant, useApplicant, useConditions, usePoints, type Applicant, type Stage,
} from '../../../features/development';
import { ApiError } from '../../../lib/api-client';
import { formatDate, formatDateTime } from '../../../lib/format';
import { shanghaiDate } from '../../../lib/time';
import './development.scss';

/**
 * The move to the next stage: date, note and the step's evidence. A refusal (a 409 naming the
 * rule, a 400 naming the field) is shown under the form and nothing changes.
 */
function MoveForm({ applicant, to, onMoved }: { applicant: Applicant; to: Stage; onMoved: () => Promise<void> }) {
  const [date, setDate] = useState(shanghaiDate());
  const [note, setNote] = useState('');
  const [evidence, setEvidence] = useState<string[]>([]);
  const [other, setOther] = useState('');
  const [refusal, setRefusal] = useState('');
  const [sending, setSending] = useState(false);
  const items = [...evidence, ...other.split(/[,，、]/).map((s) => s.trim()).filter(Boolean)];
  const toggle = (e: string) => setEvidence(evidence.includes(e) ? evidence.filter((x) => x !== e) : [...evidence, e]);
  const send = async () => {
    setSending(true);
    setRefusal('');
    try {
      await moveStage(applicant.id, { stage: to, at: stepInstant(date, applicant.stageAt), note: note.trim(), evidence: items });
      void Taro.showToast({ title: `已进入${STAGE_LABELS[to]}`, icon: 'success' });
      setNote('');
      setEvidence([]);
      setOther('');
      await onMoved();
    } catch (error) {
      setRefusal(error instanceof ApiError ? error.message : '提交失败，请稍后重试');
    } finally {
      setSending(false);
    }
  };
  return (
    <Card title={`进入下一阶段：${STAGE_LABELS[to]}`} flush>
      <Picker mode='date' value={date} end={shanghaiDate()} onChange={(e) => setDate(e.detail.value)}>
        <Cell title='日期' value={date} arrow />
      </Picker>
      <FormField label='说明'>
        <Textarea className='dev-textarea' ariaLabel='说明' placeholder='如：支部委员会研究同意' value={note} maxlength={1000} onInput={(e) => setNote(e.detail.value)} />
      </FormField>
      <View className='dev-meta dev-label'>材料（至少一项）</View>
      <View className='dev-chips'>
        {STEP_EVIDENCE[to].map((e) => (
          <View key={e} className={evidence.includes(e) ? 'dev-chip dev-chip--on' : 'dev-chip'} onClick={() => toggle(e)} ariaRole='checkbox' ariaLabel={`材料：${e}${evidence.includes(e) ? '（已选）' : ''}`}>
            {e}
          </View>
        ))}
      </View>
      <FormField label='其他材料'>
        <Input className='dev-input' ariaLabel='其他材料' placeholder='多项用顿号分隔（选填）' value={other} maxlength={200} onInput={(e) => setOther(e.detail.value)} />
      </FormField>
      {refusal && <View className='dev-error' ariaRole='alert'>{refusal}</View>}
      <View className='dev-actions'>
        <ActionButton block disabled={note.trim().length < 2 || items.length === 0} loading={sending} onClick={() => void send()}>
          确认进入{STAGE_LABELS[to]}
        </ActionButton>
      </View>
    </Card>
  );
}

/** 积分纪实: an activist's append-only entries (reason required) and the ledger. */
function PointsCard({ applicant, onAdded }: { applicant: Applicant; onAdded: () => Promise<void> }) {
  const ledger = usePoints(applicant.id);
  const [delta, setDelta] = useState('');
  const [reason, setReason] = useState('');
  const [sending, setSending] = useState(false);
  const value = Number(delta);
  const valid = /^-?\d{1,3}$/.test(delta.trim()) && value !== 0 && Math.abs(value) <= 100 && reason.trim().length >= 2;
  const send = async () => {
    setSending(true);
    try {
      await addPoints(applicant.id, { delta: value, reason: reason.trim() });
      void Taro.showToast({ title: value > 0 ? '已加分' : '已扣分', icon: 'success' });
      setDelta('');
      setReason('');
      await Promise.all([ledger.reload(), onAdded()]);
    } catch {
      // Shown by the api client.
    } finally {
      setSending(false);
    }
  };
  return (
    <Card title={`积分纪实（本年 ${applicant.points} 分）`} flush>
      <FormField label='分值'>
        <Input className='dev-input' type='text' ariaLabel='分值' placeholder='如 5，扣分填 -3' value={delta} maxlength={4} onInput={(e) => setDelta(e.detail.value)} />
      </FormField>
      <FormField label='理由'>
        <Input className='dev-input' ariaLabel='积分理由' placeholder='理由（必填），如：参加集中学习' value={reason} maxlength={200} onInput={(e) => setReason(e.detail.value)} />
      </FormField>
      <View className='dev-actions'>
        <ActionButton block disabled={!valid} loading={sending} onClick={() => void send()}>记入积分</ActionButton>
      </View>
      {ledger.items.map((p) => (
        <Cell key={p.id} title={p.reason} description={`${formatDateTime(p.at)} · ${p.year} 年度`} value={`${p.delta > 0 ? '+' : ''}${p.delta} 分`} />
      ))}
      {ledger.loading && <Loading />}
      {!!ledger.error && <ErrorState error={ledger.error} onRetry={ledger.reload} />}
      {!ledger.loading && !ledger.error && ledger.items.length === 0 && <Cell title='暂无积分记录' />}
    </Card>
  );
}

/** 取消资格: one of the district's listed conditions, with a note; the record stays. */
function DisqualifyCard({ applicant, onDone }: { applicant: Applicant; onDone: () => Promise<void> }) {
  const conditions = useConditions();
  const list = conditions.data?.items ?? [];
  const [index, setIndex] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const [sending, setSending] = useState(false);
  const condition = index === null ? undefined : list[index];
  const send = async () => {
    if (!condition) return;
    const { confirm } = await Taro.showModal({ title: '取消资格', content: `确定以“${condition.title}”取消${applicant.name}的资格吗？取消后不能恢复，记录保留。`, confirmText: '取消资格', confirmColor: '#C8161D' });
    if (!confirm) return;
    setSending(true);
    try {
      await disqualify(applicant.id, { conditionCode: condition.code, note: note.trim() });
      void Taro.showToast({ title: '已取消资格', icon: 'success' });
      await onDone();
    } catch {
      // Shown by the api client.
    } finally {
      setSending(false);
    }
  };
  return (
    <Card title='取消资格' flush>
      {!!conditions.error && <ErrorState error={conditions.error} onRetry={conditions.reload} />}
      <Picker mode='selector' range={list.map((c) => c.title)} onChange={(e) => setIndex(Number(e.detail.value))}>
        <Cell title='情形' value={condition?.title ?? '请选择本区规定的情形'} arrow />
      </Picker>
      <FormField label='说明'>
        <Input className='dev-input' ariaLabel='取消资格说明' placeholder='如：经支部委员会研究' value={note} maxlength={1000} onInput={(e) => setNote(e.detail.value)} />
      </FormField>
      <View className='dev-actions'>
        <ActionButton variant='plain' block disabled={!condition || note.trim().length < 2} loading={sending} onClick={() => void send()}>取消资格</ActionButton>
      </View>
    </Card>
  );
}

/** An applicant's record (admin): the timeline of every step with its date, note and evidence; the next move, points and disqualification. */
export default function ApplicantPage() {
  const id = Number(useRouter().params.id);
  const applicant = useApplicant(id);
  const a = applicant.data;
  if (!a) return <PageShell>{applicant.error ? <ErrorState error={applicant.error} onRetry={applicant.reload} /> : <Loading />}</PageShell>;
  const next = a.disqualified ? undefined : nextStage(a.stage);
  return (
    <PageShell>
      <Card title={a.name} extra={<StatusTag tone={a.disqualified ? 'danger' : STAGE_TONES[a.stage]} label={a.disqualified ? '已取消资格' : STAGE_LABELS[a.stage]} />}>
        <View className='dev-meta'>{a.organizationName} · 出生日期 {a.birthDate} · {formatDate(a.appliedAt)} 递交申请</View>
        {a.disqualified && (
          <View className='dev-line'>
            {formatDate(a.disqualified.at)} 取消资格：{a.disqualified.title}（{a.disqualified.note}）
          </View>
        )}
      </Card>
      <Card title='发展历程'>
        {a.steps.map((s) => (
          <View key={s.stage} className='dev-timeline__step'>
            <View className='dev-timeline__dot' />
            <View className='dev-timeline__title'>{formatDate(s.at)} {STAGE_LABELS[s.stage]}</View>
            <View className='dev-line'>{s.note}</View>
            <View className='dev-meta'>材料：{s.evidence.join('、')}</View>
          </View>
        ))}
      </Card>
      {next && <MoveForm key={next} applicant={a} to={next} onMoved={applicant.reload} />}
      {a.stage === 'activist' && !a.disqualified && <PointsCard applicant={a} onAdded={applicant.reload} />}
      {(a.stage === 'activist' || a.stage === 'candidate') && !a.disqualified && <DisqualifyCard applicant={a} onDone={applicant.reload} />}
    </PageShell>
  );
}
