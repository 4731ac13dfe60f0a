import Taro, { useRouter } from '@tarojs/taro';
import { Input, Picker, Textarea, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import Cell from '../../../components/Cell';
import ErrorState from '../../../components/ErrorState';
import FormField from '../../../components/FormField';
import Loading from '../../../components/Loading';
import PageShell from '../../../components/PageShell';
import { formatDateTime } from '../../../lib/format';
import { shanghaiDate, shanghaiInstant } from '../../../lib/time';
import { useMe } from '../../../features/auth/api/get-me';
import OrganizationField from '../../../features/orgs/components/OrganizationField';
import { cancelActivity } from '../../../features/activities/api/cancel-activity';
import { getActivity } from '../../../features/activities/api/get-activity';
import { createActivity, updateActivity, type ActivityInput } from '../../../features/activities/api/save-activity';
import { replacePage } from '../../../lib/routes';
import { ALL_KINDS, AUDIENCE_LABELS, KIND_LABELS, type Activity, type ActivityKind, type Audience } from '../../../features/activities/types';
import './edit.scss';

interface Form {
  kind: ActivityKind;
  title: string;
  description: string;
  place: string;
  start: { date: string; time: string };
  end: { date: string; time: string };
  deadline: { date: string; time: string };
  /** Empty: unlimited. */
  capacity: string;
  audience: Audience;
  points: string;
}

const AUDIENCES: Audience[] = ['public', 'members'];

/** An ISO time as the pickers show it, in Beijing time. */
function parts(iso: string) {
  const [date, time] = formatDateTime(iso).split(' ');
  return { date, time };
}
/** What the pickers hold, as ISO with the Beijing offset the server expects. */
const toIso = ({ date, time }: { date: string; time: string }) => shanghaiInstant(date, time);

function blankForm(): Form {
  const tomorrow = shanghaiDate(1);
  return {
    kind: 'volunteer', title: '', description: '', place: '',
    start: { date: tomorrow, time: '09:00' }, end: { date: tomorrow, time: '11:00' }, deadline: { date: tomorrow, time: '08:00' },
    capacity: '', audience: 'public', points: '0',
  };
}

const formOf = (a: Activity): Form => ({
  kind: a.kind, title: a.title, description: a.description, place: a.location.name,
  start: parts(a.startAt), end: parts(a.endAt), deadline: parts(a.signupDeadline),
  capacity: a.capacity === null ? '' : String(a.capacity), audience: a.audience, points: String(a.points),
});

/** Reasons the form cannot be sent yet, or the input. */
function validate(f: Form): string | Omit<ActivityInput, 'organizationId'> {
  if (!f.title.trim()) return '请填写活动名称';
  if (!f.place.trim()) return '请填写活动地点';
  if (f.capacity.trim() && !/^[1-9]\d{0,5}$/.test(f.capacity.trim())) return '名额须为正整数，不限请留空';
  if (!/^\d{1,3}$/.test(f.points.trim()) || Number(f.points) > 100) return '积分须为 0–100 的整数';
  if (toIso(f.end) <= toIso(f.start)) return '结束时间须晚于开始时间';
  return {
    kind: f.kind, title: f.title.trim(), description: f.description.trim(), location: { name: f.place.trim() },
    startAt: toIso(f.start), endAt: toIso(f.end), signupDeadline: toIso(f.deadline),
    capacity: f.capacity.trim() ? Number(f.capacity) : null, audience: f.audience, points: Number(f.points),
  };
}

/** Create (no id) or edit (?id=) an activity; an activity not yet started can also be cancelled here. */
export default function ActivityEditor() {
  const id = Number(useRouter().params.id) || undefined;
  const me = useMe();
  const [form, setForm] = useState<Form | null>(id ? null : blankForm());
  const [loadError, setLoadError] = useState<unknown>(null);
  const [organizationId, setOrganizationId] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [reason, setReason] = useState('');

  const load = () => {
    if (!id) return;
    setLoadError(null);
    getActivity(id).then((a) => setForm(formOf(a)), setLoadError);
  };
  useEffect(load, [id]);
  useEffect(() => {
    Taro.setNavigationBarTitle({ title: id ? '编辑活动' : '发布活动' });
  }, [id]);
  const scopes = me.data?.adminScopes ?? [];
  useEffect(() => {
    if (!id && organizationId === null && scopes.length > 0) setOrganizationId(scopes[0].organizationId);
    // Once, when the scopes arrive: the admin's later choice must stay.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scopes.length]);

  if (loadError) return <PageShell><ErrorState error={loadError} onRetry={load} /></PageShell>;
  if (!form) return <PageShell><Loading /></PageShell>;
  const set = (patch: Partial<Form>) => setForm({ ...form, ...patch });

  const save = async () => {
    const input = validate(form);
    if (typeof input === 'string') return void Taro.showToast({ title: input, icon: 'none' });
    if (!id && !organizationId) return void Taro.showToast({ title: '请选择主办党组织', icon: 'none' });
    setBusy(true);
    try {
      const saved = id ? await updateActivity(id, input) : await createActivity({ ...input, organizationId: organizationId! });
      void Taro.showToast({ title: id ? '已保存' : '活动已发布', icon: 'success' });
      if (id) void Taro.navigateBack();
      else replacePage('activity', { id: saved.id });
    } catch {
      // The api client has shown the server's message.
    } finally {
      setBusy(false);
    }
  };

  const cancel = async () => {
    if (!id) return;
    if (!reason.trim()) return void Taro.showToast({ title: '请填写取消原因', icon: 'none' });
    const { confirm } = await Taro.showModal({ title: '取消活动', content: '取消后所有报名的人都会收到通知，且不能恢复。确定取消吗？', confirmText: '取消活动', cancelText: '再想想', confirmColor: '#C8161D' });
    if (!confirm) return;
    setBusy(true);
    try {
      await cancelActivity(id, reason.trim());
      void Taro.showToast({ title: '活动已取消', icon: 'none' });
      void Taro.navigateBack();
    } catch {
      // Shown by the api client.
    } finally {
      setBusy(false);
    }
  };

  return (
    <PageShell>
      {!id && (
        <Card title='主办党组织' flush>
          {scopes.length > 1 && (
            <Picker mode='selector' range={scopes.map((s) => s.name)} onChange={(e) => setOrganizationId(scopes[Number(e.detail.value)].organizationId)}>
              <Cell title='主办党组织' value={scopes.find((s) => s.organizationId === organizationId)?.name ?? '请选择'} arrow />
            </Picker>
          )}
          {scopes.length === 1 && <Cell title='主办党组织' value={scopes[0].name} />}
          {scopes.length === 0 && !me.loading && <OrganizationField value={organizationId} onChange={setOrganizationId} />}
        </Card>
      )}
      <Card title='活动信息' flush>
        <Picker mode='selector' range={ALL_KINDS.map((k) => KIND_LABELS[k])} value={ALL_KINDS.indexOf(form.kind)} onChange={(e) => set({ kind: ALL_KINDS[Number(e.detail.value)] })}>
          <Cell title='活动类型' value={KIND_LABELS[form.kind]} arrow />
        </Picker>
        <FormField label='活动名称'>
          <Input className='activity-form__input' placeholder='如：主题党日·重温入党誓词' maxlength={100} value={form.title} onInput={(e) => set({ title: e.detail.value })} />
        </FormField>
        <FormField label='活动地点'>
          <Input className='activity-form__input' placeholder='如：社区党群服务中心' maxlength={100} value={form.place} onInput={(e) => set({ place: e.detail.value })} />
        </FormField>
        <View className='activity-form__area'>
          <Textarea className='activity-form__textarea' placeholder='活动介绍（选填）' maxlength={5000} value={form.description} onInput={(e) => set({ description: e.detail.value })} />
        </View>
      </Card>
      <Card title='时间' flush>
        <When label='开始' value={form.start} onChange={(start) => set({ start })} />
        <When label='结束' value={form.end} onChange={(end) => set({ end })} />
        <When label='报名截止' value={form.deadline} onChange={(deadline) => set({ deadline })} />
      </Card>
      <Card title='报名' flush>
        <FormField label='名额'>
          <Input className='activity-form__input' type='number' placeholder='不限请留空' value={form.capacity} onInput={(e) => set({ capacity: e.detail.value })} />
        </FormField>
        <Picker mode='selector' range={AUDIENCES.map((a) => AUDIENCE_LABELS[a])} value={AUDIENCES.indexOf(form.audience)} onChange={(e) => set({ audience: AUDIENCES[Number(e.detail.value)] })}>
          <Cell title='报名范围' value={AUDIENCE_LABELS[form.audience]} arrow />
        </Picker>
        <FormField label='参加积分'>
          <Input className='activity-form__input' type='number' placeholder='0–100' value={form.points} onInput={(e) => set({ points: e.detail.value })} />
        </FormField>
      </Card>
      <View className='activity-form__actions'>
        <ActionButton block disabled={busy} onClick={() => void save()}>{id ? '保存修改' : '发布活动'}</ActionButton>
      </View>
      {id && (
        <Card title='取消活动'>
          <Input className='activity-form__reason' placeholder='取消原因（将通知已报名的人）' maxlength={200} value={reason} onInput={(e) => setReason(e.detail.value)} />
          <ActionButton block variant='plain' disabled={busy} onClick={() => void cancel()}>取消本次活动</ActionButton>
        </Card>
      )}
    </PageShell>
  );
}

/** A date and a time picker side by side, in Beijing time. */
function When({ label, value, onChange }: { label: string; value: { date: string; time: string }; onChange: (v: { date: string; time: string }) => void }) {
  return (
    <View className='activity-form__when'>
      <View className='activity-form__when-label'>{label}</View>
      <Picker mode='date' value={value.date} onChange={(e) => onChange({ ...value, date: e.detail.value })}>
        <View className='activity-form__when-value'>{value.date}</View>
      </Picker>
      <Picker mode='time' value={value.time} onChange={(e) => onChange({ ...value, time: e.detail.value })}>
        <View className='activity-form__when-value'>{value.time}</View>
      </Picker>
    </View>
  );
}
