import Taro, { useRouter } from '@tarojs/taro';
import { Image, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import ErrorState from '../../../components/ErrorState';
import Loading from '../../../components/Loading';
import PageShell from '../../../components/PageShell';
import { useActivity } from '../../../features/activities/api/get-activity';
import { useRotatingCheckinCode } from '../../../features/activities/api/issue-checkin-code';
import { replacePage } from '../../../lib/routes';
import './qrcode.scss';

/**
 * Shown at the venue: the QR code members scan and the six-digit code they can type instead.
 * Both rotate every 30 s, so a photo sent to someone at home stops working.
 */
export default function CheckinQrPage() {
  const id = Number(useRouter().params.id);
  const activity = useActivity(id);
  const { code, error, loading, refresh } = useRotatingCheckinCode(id);
  // The attendance count follows each new code, so the admin sees people arrive.
  const { reload } = activity;
  useEffect(() => {
    if (code) void reload();
  }, [code, reload]);
  const seconds = useSecondsUntil(code?.expiresAt);

  useEffect(() => {
    if (process.env.TARO_ENV === 'weapp') void Taro.setKeepScreenOn({ keepScreenOn: true });
  }, []);

  if (loading && !code) return <PageShell><Loading text='正在生成签到码…' /></PageShell>;
  if (!code) return <PageShell><ErrorState error={error} onRetry={refresh} /></PageShell>;
  return (
    <PageShell>
      <View className='checkin-qr'>
        <View className='checkin-qr__title'>{activity.data?.title ?? '活动签到'}</View>
        <View className='checkin-qr__hint'>请使用微信扫一扫，或在「活动签到」中输入下方签到码</View>
        <Image className='checkin-qr__image' src={code.qrDataUrl} mode='aspectFit' />
        <View className='checkin-qr__short-label'>签到码</View>
        <View className='checkin-qr__short'>{code.shortCode}</View>
        <View className={error ? 'checkin-qr__refresh checkin-qr__refresh--error' : 'checkin-qr__refresh'}>
          {error ? '刷新失败，正在重试…' : `每 30 秒自动刷新 · 本码 ${seconds} 秒后失效`}
        </View>
        <View className='checkin-qr__count'>已签到 {activity.data?.checkedInCount ?? '—'} 人 / 已报名 {activity.data?.confirmedCount ?? '—'} 人</View>
      </View>
      <View className='checkin-qr__actions'>
        <ActionButton block variant='plain' onClick={() => replacePage('roster', { id })}>查看签到名单</ActionButton>
      </View>
    </PageShell>
  );
}

/** Seconds left until `iso`, ticking once a second. */
function useSecondsUntil(iso: string | undefined): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  return iso ? Math.max(0, Math.round((Date.parse(iso) - now) / 1000)) : 0;
}
