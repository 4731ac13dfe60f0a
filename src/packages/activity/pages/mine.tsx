import ActionButton from '../../../components/ActionButton';
import Empty from '../../../components/Empty';
import PagedList from '../../../components/PagedList';
import PageShell from '../../../components/PageShell';
import { openPage } from '../../../lib/routes';
import { useReloadOnReturn } from '../../../lib/use-reload-on-return';
import { useMySignups } from '../../../features/activities/api/list-my-signups';
import ActivityCell from '../../../features/activities/components/ActivityCell';
import { signupText } from '../../../features/activities/types';

/** My sign-ups, newest first: confirmed, my place on the waiting list, or checked in. */
export default function MyActivities() {
  const list = useMySignups();
  // Back from a detail where I cancelled or checked in: the list must say so.
  useReloadOnReturn(list.reload);
  if (!list.loading && !list.error && list.items.length === 0)
    return (
      <PageShell>
        <Empty
          title='还没有报名活动'
          description='报名后，您的报名、候补和签到情况会显示在这里'
          action={<ActionButton onClick={() => openPage('activities')}>去看看活动</ActionButton>}
        />
      </PageShell>
    );
  return (
    <PageShell>
      <PagedList
        list={list}
        keyOf={(s) => s.id}
        renderItem={(s) => <ActivityCell activity={s.activity} mine={signupText(s)} onClick={() => openPage('activity', { id: s.activityId })} />}
      />
    </PageShell>
  );
}
