import { View } from '@tarojs/components';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import Cell from '../../../components/Cell';
import Empty from '../../../components/Empty';
import ErrorState from '../../../components/ErrorState';
import Loading from '../../../components/Loading';
import PageShell from '../../../components/PageShell';
import { useMyPointsTotal } from '../../../features/activities/api/get-my-points';
import { useMe } from '../../../features/auth/api/get-me';
import { openPage } from '../../../lib/routes';
import { useReloadOnReturn } from '../../../lib/use-reload-on-return';
import { shanghaiYear } from '../../../lib/time';
import './index.scss';

/** 党员中心: my organisation and points, and the way to my activities, points, stars, commitments and check-in. */
export default function MemberHome() {
  const me = useMe();
  const binding = me.data?.bindings.member;
  const isMember = !!me.data && (me.data.roles.includes('member') || binding?.status === 'approved');
  const points = useMyPointsTotal(isMember);
  // Back from a check-in: the points may have grown.
  useReloadOnReturn(() => isMember && points.reload());

  if (!me.data) return <PageShell>{me.error ? <ErrorState error={me.error} onRetry={me.reload} /> : <Loading />}</PageShell>;
  if (!isMember)
    return (
      <PageShell>
        <Empty
          title='认证党员后可用'
          description={binding?.status === 'pending' ? '你的党员认证正在审核中，通过后即可使用党员中心' : '在“我的”提交党员认证，党组织审核通过后即可使用'}
          action={<ActionButton onClick={() => openPage('me')}>去我的</ActionButton>}
        />
      </PageShell>
    );

  return (
    <PageShell>
      <View className='member-card'>
        <View className='member-card__main'>
          <View className='member-card__name'>{binding?.name ?? me.data.nickname}</View>
          <View className='member-card__badge'>中共党员</View>
        </View>
        <View className='member-card__org'>{binding?.organizationName ?? '所属党组织未登记'}</View>
        <View className='member-card__points' onClick={() => openPage('myPoints')}>
          <View className='member-card__points-value'>{points.data ?? '—'}</View>
          <View className='member-card__points-label'>{shanghaiYear()} 年度积分</View>
        </View>
      </View>
      <Card flush>
        <Cell title='我的活动' description='报名、候补和签到情况' onClick={() => openPage('myActivities')} />
        <Cell title='我的积分' description='积分明细、积分规则和年度上限' value={points.data !== undefined ? `${points.data} 分` : undefined} onClick={() => openPage('myPoints')} />
        <Cell title='我的星级' description='星级党员评定结果和依据' onClick={() => openPage('myStars')} />
        <Cell title='我的承诺' description='公开阳光承诺，记录践诺情况' onClick={() => openPage('myCommitments')} />
        <Cell title='承诺公开' description='社区干部履职承诺和党员阳光承诺' onClick={() => openPage('commitments')} />
        <Cell title='活动签到' description='扫描活动现场的签到二维码' onClick={() => openPage('checkin')} />
        <Cell title='投票与公示' description='参加投票，查看公示和阳光党员评选' onClick={() => openPage('votes')} />
        <Cell title='学习考试' description='流动党校课程和上机考试' onClick={() => openPage('courses')} />
        <Cell title='我的参会记录' description='三会一课和组织生活会的参会情况' onClick={() => openPage('myMeetings')} />
      </Card>
    </PageShell>
  );
}
