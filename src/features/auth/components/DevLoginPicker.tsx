import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import Cell from '../../../components/Cell';
import Empty from '../../../components/Empty';
import ErrorState from '../../../components/ErrorState';
import Loading from '../../../components/Loading';
import { ApiError } from '../../../lib/api-client';
import { currentDevCode } from '../../../lib/auth';
import { useDevLogins } from '../api/list-dev-logins';
import { useLogin } from '../api/login';

/** A code the server has not seen is a new user: a resident with no history. */
const freshResident = () => ({ code: `resident_${Date.now().toString(36)}`, label: '新居民' });

/**
 * H5 has no WeChat login: in development a tester picks whom to act as. A production server has
 * no dev logins, and the app must be opened in WeChat.
 */
export default function DevLoginPicker() {
  const logins = useDevLogins();
  const { pending, loginWithDevCode } = useLogin();

  if (logins.loading) return <Loading />;
  if (logins.error instanceof ApiError && logins.error.status === 404)
    return <Empty title='请在微信中打开' description='搜索“阳光党建”小程序，或扫描社区二维码进入' />;
  if (logins.error) return <ErrorState error={logins.error} onRetry={logins.reload} />;

  const current = currentDevCode();
  const choose = async (login: { code: string; label: string }) => {
    if (pending) return;
    if (await loginWithDevCode(login.code)) void Taro.showToast({ title: `已登录：${login.label}`, icon: 'none' });
  };
  return (
    <View className='dev-login-picker'>
      {(logins.data?.items ?? []).map((login) => (
        <Cell
          key={login.code}
          title={login.label}
          description={login.code}
          value={login.code === current ? '当前' : undefined}
          onClick={() => choose(login)}
        />
      ))}
      <Cell title='新居民' description='每次生成一个新用户' onClick={() => choose(freshResident())} />
    </View>
  );
}
