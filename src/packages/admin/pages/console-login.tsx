import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import Empty from '../../../components/Empty';
import ErrorState from '../../../components/ErrorState';
import Loading from '../../../components/Loading';
import PageShell from '../../../components/PageShell';
import { scanConsoleLogin, useDecideConsoleLogin } from '../../../features/auth/api/console-login';
import { useFetch } from '../../../lib/use-fetch';
import './index.scss';

/** Opened by scanning the desk console's QR code: who logs in where, then 确认登录 or 取消. */
export default function ConsoleLogin() {
  // Values arrive URL-encoded on weapp and decoded on H5; the payload itself has no '%'.
  const qr = decodeURIComponent(useRouter().params.qr ?? '');
  const scan = useFetch(() => scanConsoleLogin(qr), [qr], !!qr);
  const { busy, decided, decide } = useDecideConsoleLogin();

  if (!scan.data) return <PageShell>{scan.error ? <ErrorState error={scan.error} onRetry={scan.reload} /> : <Loading />}</PageShell>;
  if (decided)
    return (
      <PageShell>
        <Empty title={decided === 'confirmed' ? '已登录桌面工作台' : '已取消登录'} description={decided === 'confirmed' ? '请回到电脑上继续操作' : '电脑上的二维码已失效'} />
      </PageShell>
    );
  const { ticketId, user, where } = scan.data;
  return (
    <PageShell>
      <Card title='登录桌面工作台'>
        <View className='admin-scope'>
          <View className='admin-scope__name'>{user.nickname}</View>
          <View className='admin-scope__kind'>{user.roleLabel}</View>
        </View>
        <View className='admin-scope'>
          <View className='admin-scope__name'>登录设备：{where.browser}</View>
          <View className='admin-scope__kind'>网络地址：{where.ip}</View>
        </View>
        <View className='admin-scope'>请确认是您本人在电脑上登录，否则请取消。</View>
      </Card>
      <ActionButton block loading={busy} onClick={() => decide(ticketId, true)}>
        确认登录
      </ActionButton>
      <ActionButton block variant='plain' disabled={busy} onClick={() => decide(ticketId, false)}>
        取消
      </ActionButton>
    </PageShell>
  );
}
