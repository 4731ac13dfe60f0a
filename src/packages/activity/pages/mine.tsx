import Taro, { useDidShow } from '@tarojs/taro';
import { useRef } from 'react';
import ActionButton from '../../../components/ActionButton';
import Empty from '../../../components/Empty';
import PagedList from '../../../components/PagedList';
import PageShell from '../../../components/PageShell';
import { ROUTES } from '../../../lib/routes';
import { useMySignups } from '../../../features/activities/api/list-my-signups';
import ActivityCell from '../../../features/activities/components/ActivityCell';
import { ACTIVITY_PAGES } from '../../../features/activities/components/routes';
import { signupText } from '../../../features/activities/types';

/** My sign-ups, newest first: confirmed, my place on the waiting list, or checked in. */
export default function MyActivities() {
  const list = useMySignups();
  // Back from a detail where I cancelled or checked in: the list must say so.
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void list.reload();
    shown.current = true;
  });
  if (!list.loading && !list.error && list.items.length === 0)
    return (
      <PageShell>
        <Empty
          title='还没有报名活动'
          description='报名后，您的报名、候补和签到情况会显示在这里'
          action={<ActionButton onClick={() => void Taro.switchTab({ url: ROUTES.activities })}>去看看活动</ActionButton>}
        />
      </PageShell>
    );
  return (
    <PageShell>
      <PagedList
        list={list}
        keyOf={(s) => s.id}
        renderItem={(s) => <ActivityCell activity={s.activity} mine={signupText(s)} onClick={() => void Taro.navigateTo({ url: ACTIVITY_PAGES.detail(s.activityId) })} />}
      />
    </PageShell>
  );
}
