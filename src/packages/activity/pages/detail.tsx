import Taro, { usePullDownRefresh, useRouter, useShareAppMessage } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import Cell from '../../../components/Cell';
import ErrorState from '../../../components/ErrorState';
import Loading from '../../../components/Loading';
import PageShell from '../../../components/PageShell';
import StatusTag from '../../../components/StatusTag';
import { formatDateTime } from '../../../lib/format';
import { openPage, pageUrl } from '../../../lib/routes';
import { useReloadOnReturn } from '../../../lib/use-reload-on-return';
import { cancelSignup } from '../../../features/activities/api/cancel-signup';
import { useActivity } from '../../../features/activities/api/get-activity';
import { askForReminder, signUp } from '../../../features/activities/api/sign-up';
import PhaseTag from '../../../features/activities/components/PhaseTag';
import { activityPhase, AUDIENCE_LABELS, KIND_LABELS, signupText, type ActivityDetail } from '../../../features/activities/types';
import './detail.scss';

export default function ActivityDetailPage() {
  const id = Number(useRouter().params.id);
  const { data, error, loading, reload } = useActivity(id);
  const [busy, setBusy] = useState(false);
  useShareAppMessage(() => ({ title: data?.title ?? '阳光党建 · 活动报名', path: pageUrl('activity', { id }) }));
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()));
  // Back from check-in or the editor: counts and my sign-up may have changed.
  useReloadOnReturn(reload);

  if (loading && !data) return <PageShell><Loading /></PageShell>;
  if (error || !data) return <PageShell><ErrorState error={error} onRetry={reload} /></PageShell>;
  const a = data;

  const run = async (action: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    try {
      await action();
    } catch {
      // The api client has shown the server's message.
    } finally {
      setBusy(false);
      void reload();
    }
  };

  const join = async () => {
    // First, straight from the tap: WeChat only shows the subscribe prompt for a user gesture.
    const subscribe = await askForReminder(a.subscribeTemplateIds);
    await run(async () => {
      const s = await signUp(id, subscribe);
      void Taro.showToast({ title: s.status === 'confirmed' ? '报名成功' : `名额已满，已进入候补第 ${s.position ?? ''} 位`, icon: 'none', duration: 2500 });
    });
  };

  const leave = async () => {
    const waitlisted = a.mySignup?.status === 'waitlisted';
    const { confirm } = await Taro.showModal({
      title: '取消报名',
      content: waitlisted ? '取消后将退出候补名单，确定取消吗？' : '取消后名额将让给候补的人，确定取消吗？',
      confirmText: '取消报名',
      cancelText: '再想想',
      confirmColor: '#C8161D',
    });
    if (!confirm) return;
    await run(async () => {
      await cancelSignup(id);
      void Taro.showToast({ title: '已取消报名', icon: 'none' });
    });
  };

  return (
    <PageShell>
      <View className='activity-head'>
        <View className='activity-head__tags'>
          <StatusTag tone='brand' label={KIND_LABELS[a.kind]} />
          <PhaseTag activity={a} />
        </View>
        <View className='activity-head__title'>{a.title}</View>
      </View>
      {a.status === 'cancelled' && <Card title='活动已取消'>{a.cancelReason ?? '组织方已取消本次活动'}</Card>}
      <Card flush>
        <Cell title='时间' value={`${formatDateTime(a.startAt)} 至 ${sameDay(a.startAt, a.endAt) ? formatDateTime(a.endAt).slice(11) : formatDateTime(a.endAt)}`} />
        <Cell title='地点' value={a.location.name} onClick={a.location.lat !== undefined && a.location.lng !== undefined ? () => void Taro.openLocation({ latitude: a.location.lat!, longitude: a.location.lng!, name: a.location.name }) : undefined} />
        <Cell title='报名截止' value={formatDateTime(a.signupDeadline)} />
        <Cell title='报名范围' value={AUDIENCE_LABELS[a.audience]} />
        {a.points > 0 && <Cell title='参加积分' value={`${a.points} 分（党员签到后计入）`} />}
      </Card>
      <View className='activity-counts'>
        <Count label='已报名' value={a.confirmedCount} />
        <Count label='名额' value={a.capacity ?? '不限'} />
        <Count label='候补' value={a.waitlistCount} />
        <Count label='已签到' value={a.checkedInCount} />
      </View>
      <MySignupCard a={a} />
      <View className='activity-actions'>
        <Actions a={a} busy={busy} onJoin={join} onLeave={leave} onCheckin={() => openPage('checkin', { id })} />
      </View>
      {a.description && (
        <Card title='活动介绍'>
          <View className='activity-description'>{a.description}</View>
        </Card>
      )}
      {a.canManage && (
        <Card title='活动管理' flush>
          {a.status === 'published' && Date.now() < Date.parse(a.startAt) && <Cell title='编辑活动' description='开始前可修改或取消活动' onClick={() => openPage('activityEditor', { id })} />}
          <Cell title='报名名单' description='查看名单与签到，导出 Excel' onClick={() => openPage('roster', { id })} />
          {a.status === 'published' && <Cell title='签到二维码' description='现场出示，每 30 秒自动刷新' onClick={() => openPage('checkinCode', { id })} />}
        </Card>
      )}
    </PageShell>
  );
}

const sameDay = (a: string, b: string) => formatDateTime(a).slice(0, 10) === formatDateTime(b).slice(0, 10);

function Count({ label, value }: { label: string; value: number | string }) {
  return (
    <View className='activity-counts__item'>
      <View className='activity-counts__value'>{value}</View>
      <View className='activity-counts__label'>{label}</View>
    </View>
  );
}

function MySignupCard({ a }: { a: ActivityDetail }) {
  const s = a.mySignup;
  if (!s) return null;
  const note = s.checkedInAt
    ? `签到时间 ${formatDateTime(s.checkedInAt)}`
    : s.status === 'confirmed'
      ? '请按时参加，到场后扫描现场二维码签到'
      : '有人取消报名时，将按候补顺序自动为您确认';
  return (
    <View className={`my-signup my-signup--${s.checkedInAt ? 'done' : s.status}`}>
      <View className='my-signup__label'>我的报名</View>
      <View className='my-signup__status'>{signupText(s)}</View>
      <View className='my-signup__note'>{note}</View>
    </View>
  );
}

interface ActionsProps {
  a: ActivityDetail;
  busy: boolean;
  onJoin: () => void;
  onLeave: () => void;
  onCheckin: () => void;
}

function Actions({ a, busy, onJoin, onLeave, onCheckin }: ActionsProps) {
  const phase = activityPhase(a);
  const s = a.mySignup;
  if (a.status === 'cancelled') return null;
  if (!s) {
    if (phase.tone !== 'open') return <ActionButton block disabled>{phase.tone === 'closed' ? '报名已截止' : phase.label}</ActionButton>;
    const full = a.capacity !== null && a.confirmedCount >= a.capacity;
    return (
      <ActionButton block disabled={busy} onClick={onJoin}>
        {full ? '名额已满，报名候补' : '立即报名'}
      </ActionButton>
    );
  }
  const started = Date.now() >= Date.parse(a.startAt);
  const ended = phase.tone === 'ended';
  return (
    <>
      {s.status === 'confirmed' && !s.checkedInAt && !ended && (
        <ActionButton block onClick={onCheckin}>
          扫码签到
        </ActionButton>
      )}
      {!started && (
        <ActionButton block variant='plain' disabled={busy} onClick={onLeave}>
          取消报名
        </ActionButton>
      )}
    </>
  );
}
