import { Input, Picker, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import Empty from '../../../components/Empty';
import FormField from '../../../components/FormField';
import Loading from '../../../components/Loading';
import PageShell from '../../../components/PageShell';
import { toastError } from '../../../lib/toast';
import { redeemClaim, useMyEntries } from '../../../features/campaigns/api/merchant';
import '../../../features/campaigns/components/campaigns.scss';

/** At the till: scan the resident's QR code (WeChat) or type the code printed under it. */
export default function RedeemPage() {
  const entries = useMyEntries();
  const running = entries.items.filter((e) => e.status === 'approved' && e.campaign?.phase === 'running');
  const [index, setIndex] = useState(0);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string>();
  if (entries.loading) return <PageShell><Loading /></PageShell>;
  if (!running.length) return <PageShell><Empty title='没有进行中的活动' description='活动进行期间才能核销' /></PageShell>;
  const entry = running[Math.min(index, running.length - 1)];

  const redeem = async (value: string) => {
    if (!value.trim() || busy) return;
    setBusy(true);
    setDone(undefined);
    try {
      const res = await redeemClaim(entry.id, value.trim());
      setDone(`核销成功：${res.offerTitle}`);
      setCode('');
    } catch (error) {
      toastError(error);
    } finally {
      setBusy(false);
    }
  };
  const scan = async () => {
    const res = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] }).catch(() => undefined);
    if (res?.result) await redeem(res.result);
  };
  return (
    <PageShell>
      <View className='campaign-form'>
        <FormField label='优惠'>
          <Picker mode='selector' range={running.map((e) => `${e.campaign?.title} · ${e.offerTitle}`)} value={index} onChange={(e) => setIndex(Number(e.detail.value))}>
            <View>{`${entry.campaign?.title} · ${entry.offerTitle}`}</View>
          </Picker>
        </FormField>
        <FormField label='券码'>
          <Input className='campaign-form__input' value={code} placeholder='输入券码下方的16位字符' onInput={(e) => setCode(e.detail.value)} onConfirm={() => void redeem(code)} />
        </FormField>
        {done && <View className='campaign-form__result'>{done}</View>}
        <View className='campaign-form__actions'>
          {process.env.TARO_ENV === 'weapp' && (
            <ActionButton block onClick={scan}>
              扫码核销
            </ActionButton>
          )}
          <ActionButton block variant={process.env.TARO_ENV === 'weapp' ? 'plain' : 'primary'} disabled={!code.trim()} loading={busy} onClick={() => void redeem(code)}>
            核销
          </ActionButton>
        </View>
      </View>
    </PageShell>
  );
}
