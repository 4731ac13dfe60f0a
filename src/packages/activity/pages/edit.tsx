import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import Cell from '../../../components/Cell';
import ErrorState from '../../../components/ErrorState';
import FormField from '../../../components/FormField';
import { TextArea, TextInput } from '../../../components/FormField/inputs';
import Loading from '../../../components/Loading';
import PageShell from '../../../components/PageShell';
import PickerRow, { DateTimeRow } from '../../../components/PickerRow';
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

type Errors = Partial<Record<'title' | 'place' | 'capacity' | 'points' | 'end' | 'reason', string>>;

/** Why each field cannot be sent yet (shown under it), or the input. */
function validate(f: Form): Errors | Omit<ActivityInput, 'organizationId'> {
  const errors: Errors = {};
  if (!f.title.trim()) errors.title = '请填写活动名称';
  if (!f.place.trim()) errors.place = '请填写活动地点';
  if (f.capacity.trim() && !/^[1-9]\d{0,5}$/.test(f.capacity.trim())) errors.capacity = '名额须为正整数，不限请留空';
  if (!/^\d{1,3}$/.test(f.points.trim()) || Number(f.points) > 100) errors.points = '积分须为 0–100 的整数';
  if (toIso(f.end) <= toIso(f.start)) errors.end = '结束时间须晚于开始时间';
  if (Object.keys(errors).length) return errors;
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
  const [errors, setErrors] = useState<Errors>({});

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
    if (!('kind' in input)) {
      setErrors(input);
      return void Taro.showToast({ title: Object.values(input)[0], icon: 'none' });
    }
    setErrors({});
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
    if (!reason.trim()) return setErrors({ reason: '请填写取消原因' });
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
            <PickerRow label='主办党组织' options={scopes} value={scopes.find((s) => s.organizationId === organizationId)} text={(s) => s.name} onChange={(s) => setOrganizationId(s.organizationId)} />
          )}
          {scopes.length === 1 && <Cell title='主办党组织' value={scopes[0].name} />}
          {scopes.length === 0 && !me.loading && <OrganizationField value={organizationId} onChange={setOrganizationId} />}
        </Card>
      )}
      <Card title='活动信息' flush>
        <PickerRow label='活动类型' options={ALL_KINDS} value={form.kind} text={(k) => KIND_LABELS[k]} onChange={(kind) => set({ kind })} />
        <FormField label='活动名称' error={errors.title}>
          <TextInput placeholder='如：主题党日·重温入党誓词' maxlength={100} value={form.title} onChange={(title) => set({ title })} />
        </FormField>
        <FormField label='活动地点' error={errors.place}>
          <TextInput placeholder='如：社区党群服务中心' maxlength={100} value={form.place} onChange={(place) => set({ place })} />
        </FormField>
        <FormField label='活动介绍' stacked hint='选填，最多 5000 字'>
          <TextArea placeholder='活动介绍（选填）' maxlength={5000} value={form.description} onChange={(description) => set({ description })} />
        </FormField>
      </Card>
      <Card title='时间' flush>
        <When label='开始' value={form.start} onChange={(start) => set({ start })} />
        <When label='结束' value={form.end} error={errors.end} onChange={(end) => set({ end })} />
        <When label='报名截止' value={form.deadline} onChange={(deadline) => set({ deadline })} />
      </Card>
      <Card title='报名' flush>
        <FormField label='名额' error={errors.capacity}>
          <TextInput type='number' placeholder='不限请留空' value={form.capacity} onChange={(capacity) => set({ capacity })} />
        </FormField>
        <PickerRow label='报名范围' options={AUDIENCES} value={form.audience} text={(a) => AUDIENCE_LABELS[a]} onChange={(audience) => set({ audience })} />
        <FormField label='参加积分' error={errors.points}>
          <TextInput type='number' placeholder='0–100' value={form.points} onChange={(points) => set({ points })} />
        </FormField>
      </Card>
      <View className='activity-form__actions'>
        <ActionButton block disabled={busy} onClick={() => void save()}>{id ? '保存修改' : '发布活动'}</ActionButton>
      </View>
      {id && (
        <Card title='取消活动' flush>
          <FormField label='取消原因' stacked error={errors.reason} hint='将通知已报名的人'>
            <TextInput placeholder='取消原因（将通知已报名的人）' maxlength={200} value={reason} onChange={setReason} />
          </FormField>
          <View className='activity-form__actions'>
            <ActionButton block variant='danger' disabled={busy} onClick={() => void cancel()}>取消本次活动</ActionButton>
          </View>
        </Card>
      )}
    </PageShell>
  );
}

/** A date and a time, in Beijing time: two picker rows under one label. */
function When({ label, value, error, onChange }: { label: string; value: { date: string; time: string }; error?: string; onChange: (v: { date: string; time: string }) => void }) {
  return (
    <>
      <DateTimeRow label={`${label}日期`} mode='date' value={value.date} onChange={(date) => onChange({ ...value, date })} />
      <DateTimeRow label={`${label}时间`} mode='time' value={value.time} onChange={(time) => onChange({ ...value, time })} />
      {error && <View className='activity-form__error'>{error}</View>}
    </>
  );
}
