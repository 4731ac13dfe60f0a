import { View } from '@tarojs/components';
import PagedList from '../../../components/PagedList';
import PageShell from '../../../components/PageShell';
import { isAdmin } from '../../../features/auth/roles';
import { usePartnershipList } from '../../../features/partnerships/api/list-partnerships';
import PartnershipCell from '../../../features/partnerships/components/PartnershipCell';
import { openPage } from '../../../lib/routes';
import { useReloadOnReturn } from '../../../lib/use-reload-on-return';
import { useSession } from '../../../lib/auth';
import './index.scss';

/** 联建共建: the pairs, with the dashboard one tap away. */
export default function PartnershipHome() {
  const list = usePartnershipList();
  const admin = isAdmin(useSession()?.user.roles ?? []);
  useReloadOnReturn(list.reload);
  return (
    <PageShell>
      <View className='partnerships__banner'>
        <View className='partnerships__title'>党建引领 · 联建共建</View>
        <View className='partnerships__subtitle'>打破街道界限，强村带弱村，资源、需求、服务三张清单公开</View>
        <View className='partnerships__actions'>
          <View className='partnerships__action' onClick={() => openPage('dashboard')}>数据看板</View>
          {admin && <View className='partnerships__action' onClick={() => openPage('newPartnership')}>新建对子</View>}
        </View>
      </View>
      <PagedList list={list} keyOf={(p) => p.id} emptyTitle='还没有联建共建对子' renderItem={(p) => <PartnershipCell partnership={p} />} />
    </PageShell>
  );
}
