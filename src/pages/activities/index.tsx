import { View } from '@tarojs/components';
import PagedList from '../../components/PagedList';
import PageShell from '../../components/PageShell';
import { useSession } from '../../lib/auth';
import { useFilter } from '../../lib/use-filter';
import { isAdmin } from '../../features/auth/roles';
import { useActivityList } from '../../features/activities/api/list-activities';
import ActivityCell from '../../features/activities/components/ActivityCell';
import KindChips from '../../features/activities/components/KindChips';
import { openPage } from '../../lib/routes';
import type { ActivityKind } from '../../features/activities/types';
import './index.scss';

/** 活动: upcoming first, filtered by kind; my sign-ups and points one tap away. */
export default function Activities() {
  const filter = useFilter<ActivityKind | undefined>(undefined);
  const kind = filter.value;
  const list = useActivityList(kind, filter);
  const roles = useSession()?.user.roles ?? [];
  return (
    <PageShell>
      <View className='activities-header'>
        <View className='activities-header__link' onClick={() => openPage('myActivities')}>
          <View className='activities-header__label'>我的活动</View>
          <View className='activities-header__hint'>报名、候补与签到</View>
        </View>
        <View className='activities-header__link' onClick={() => openPage('myPoints')}>
          <View className='activities-header__label'>我的积分</View>
          <View className='activities-header__hint'>参加活动得积分</View>
        </View>
      </View>
      {isAdmin(roles) && (
        <View className='activities-publish' onClick={() => openPage('activityEditor')}>
          + 发布活动
        </View>
      )}
      <KindChips value={kind} onChange={filter.set} />
      <PagedList
        list={list}
        keyOf={(a) => a.id}
        emptyTitle='暂无活动'
        emptyDescription={kind ? '换个类型看看' : '组织生活会、志愿服务和培训发布后会出现在这里'}
        renderItem={(a) => <ActivityCell activity={a} onClick={() => openPage('activity', { id: a.id })} />}
      />
    </PageShell>
  );
}
