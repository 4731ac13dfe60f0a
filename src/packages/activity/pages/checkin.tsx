import Taro, { useRouter } from '@tarojs/taro';
import { Input, View } from '@tarojs/components';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import PageShell from '../../../components/PageShell';
import { formatDateTime } from '../../../lib/format';
import { checkIn, parseCheckinInput } from '../../../features/activities/api/check-in';
import { useActivity } from '../../../features/activities/api/get-activity';
import { replacePage } from '../../../lib/routes';
import type { CheckinResult } from '../../../features/activities/types';
import './checkin.scss';

const isWeapp = process.env.TARO_ENV === 'weapp';

/**
 * Check-in at the venue: scan the admin's rotating QR code (WeChat), or type the six-digit code
 * shown under it (H5, or a camera that will not focus).
 */
export default function CheckinPage() {
  const activityId = Number(useRouter().params.id) || undefined;
  const activity = useActivity(activityId);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<CheckinResult | null>(null);

  const submit = async (value: string) => {
    const parsed = parseCheckinInput(value, activityId);
    if (!parsed) return void Taro.showToast({ title: activityId ? '请输入6位数字签到码' : '请扫描活动现场的签到二维码', icon: 'none' });
    if (busy) return;
    setBusy(true);
    try {
      setDone(await checkIn(parsed.activityId, parsed.input));
    } catch {
      // The api client has shown why (expired code, not confirmed, already checked in).
    } finally {
      setBusy(false);
    }
  };

  const scan = async () => {
    try {
      const res = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
      await submit(res.result);
    } catch {
      // Closed the scanner: nothing to do.
    }
  };

  const title = activityId && activity.data ? activity.data.title : '活动签到';

  if (done)
    return (
      <PageShell>
        <View className='checkin-done'>
          <View className='checkin-done__icon'>✓</View>
          <View className='checkin-done__title'>签到成功</View>
          <View className='checkin-done__activity'>{title}</View>
          <View className='checkin-done__meta'>签到时间 {formatDateTime(done.checkedInAt)}</View>
          {done.pointsAwarded > 0 && <View className='checkin-done__points'>获得 {done.pointsAwarded} 积分</View>}
          <View className='checkin-done__actions'>
            <ActionButton block onClick={() => replacePage('myPoints')}>查看我的积分</ActionButton>
            <ActionButton block variant='plain' onClick={() => void Taro.navigateBack()}>返回活动</ActionButton>
          </View>
        </View>
      </PageShell>
    );

  return (
    <PageShell>
      <View className='checkin-head'>
        <View className='checkin-head__title'>{title}</View>
        <View className='checkin-head__hint'>签到码每 30 秒更新一次，请使用现场屏幕上的最新签到码</View>
      </View>
      {isWeapp && (
        <Card title='扫码签到'>
          <ActionButton block disabled={busy} onClick={() => void scan()}>扫描现场二维码</ActionButton>
        </Card>
      )}
      <Card title={isWeapp ? '或输入签到码' : '输入签到码'}>
        <Input
          className='checkin-input'
          type={activityId ? 'number' : 'text'}
          maxlength={200}
          placeholder={activityId ? '现场二维码下方的6位数字' : '二维码内容'}
          value={text}
          onInput={(e) => setText(e.detail.value)}
          onConfirm={() => void submit(text)}
        />
        <ActionButton block disabled={busy || !text.trim()} onClick={() => void submit(text)}>确认签到</ActionButton>
      </Card>
    </PageShell>
  );
}
