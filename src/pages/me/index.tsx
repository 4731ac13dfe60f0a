import { Switch, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import ActionButton from '../../components/ActionButton';
import Card from '../../components/Card';
import Cell from '../../components/Cell';
import ErrorState from '../../components/ErrorState';
import Loading from '../../components/Loading';
import PageShell from '../../components/PageShell';
import { useMe } from '../../features/auth/api/get-me';
import { useLogin } from '../../features/auth/api/login';
import { isAdmin } from '../../features/auth/roles';
import AreaLinks from '../../features/auth/components/AreaLinks';
import DevLoginPicker from '../../features/auth/components/DevLoginPicker';
import MemberBindingCard from '../../features/auth/components/MemberBindingCard';
import ProfileCard from '../../features/auth/components/ProfileCard';
import OrganizationField from '../../features/orgs/components/OrganizationField';
import { useSession } from '../../lib/auth';
import { setElderMode, useElderMode } from '../../lib/elder-mode';
import './index.scss';

const IS_H5 = process.env.TARO_ENV === 'h5';

export default function Me() {
  const session = useSession();
  const me = useMe();
  const [organizationId, setOrganizationId] = useState<number | null>(null);
  const elder = useElderMode();
  const roles = session?.user.roles ?? [];
  const worksHere = isAdmin(roles) || roles.includes('merchant');
  // Back on this tab (an admin may have approved me meanwhile) or pulled down: show what is true
  // now. The first show is the first load already.
  useDidShow(() => void (me.data && me.reload()));
  usePullDownRefresh(() => {
    void (session ? me.reload() : Promise.resolve()).finally(() => Taro.stopPullDownRefresh());
  });

  return (
    <PageShell>
      {session ? (
        <>
          <ProfileCard user={session.user} adminScopes={me.data?.adminScopes} />
          {/* An admin or a merchant comes for their tools; the 党员认证 card follows them. */}
          {worksHere && <AreaLinks roles={session.user.roles} />}
          {me.error ? (
            <ErrorState error={me.error} onRetry={me.reload} />
          ) : me.data ? (
            <MemberBindingCard
              binding={me.data.bindings.member}
              isMember={me.data.roles.includes('member')}
              organizationId={organizationId}
              organizationField={<OrganizationField value={organizationId} onChange={setOrganizationId} />}
              onSubmitted={me.reload}
            />
          ) : (
            <Loading />
          )}
          {!worksHere && <AreaLinks roles={session.user.roles} />}
        </>
      ) : (
        <LoginCard />
      )}
      <Card title='设置' flush>
        <Cell title='长辈模式' description='放大文字，便于阅读' value={<Switch checked={elder} color='#C8161D' onChange={(e) => setElderMode(e.detail.value)} />} />
      </Card>
      {IS_H5 && session && (
        <Card title='切换测试身份' flush>
          <DevLoginPicker />
        </Card>
      )}
    </PageShell>
  );
}

/** Nobody logged in: WeChat logs in with one tap; H5 (development) picks a demo user. */
function LoginCard() {
  const { pending, loginWithWechat } = useLogin();
  if (IS_H5)
    return (
      <Card title='选择测试身份登录' flush>
        <DevLoginPicker />
      </Card>
    );
  return (
    <View className='me__login'>
      <View className='me__login-title'>登录后查看我的信息</View>
      <ActionButton loading={pending} disabled={pending} onClick={loginWithWechat}>
        微信登录
      </ActionButton>
    </View>
  );
}
