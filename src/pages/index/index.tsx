import { Image, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import Card, { CardAction } from '../../components/Card';
import Cell from '../../components/Cell';
import PageShell from '../../components/PageShell';
import { formatDate, formatDateTime } from '../../lib/format';
import { openPage, type PageName } from '../../lib/routes';
import { useUpcomingActivities } from '../../features/activities/api/list-activities';
import { useRunningCampaign } from '../../features/campaigns/api/campaigns';
import { useDisclosureSummary } from '../../features/disclosures/api/get-summary';
import DisclosureCell from '../../features/disclosures/components/DisclosureCell';
import CurrentCommunityCard from '../../features/orgs/components/CurrentCommunityCard';
import { useCurrentCommunity } from '../../features/orgs/current-community';
import CommunityRecord from '../../features/transparency/components/CommunityRecord';
import activitiesIcon from '../../assets/icons/activities.svg';
import campaignsIcon from '../../assets/icons/campaigns.svg';
import commitmentsIcon from '../../assets/icons/commitments.svg';
import disclosuresIcon from '../../assets/icons/disclosures.svg';
import partnershipsIcon from '../../assets/icons/partnerships.svg';
import './index.scss';

interface Entry {
  title: string;
  icon: string;
  page: PageName;
}

const ENTRIES: Entry[] = [
  { title: '三务公开', icon: disclosuresIcon, page: 'disclosures' },
  { title: '活动', icon: activitiesIcon, page: 'activities' },
  { title: '商圈活动', icon: campaignsIcon, page: 'campaigns' },
  { title: '联建共建', icon: partnershipsIcon, page: 'partnerships' },
  { title: '承诺公开', icon: commitmentsIcon, page: 'commitments' },
];

/** 首页: what a resident came for — their community's record, its latest disclosures, what is coming up. */
export default function Home() {
  const community = useCurrentCommunity();
  const summary = useDisclosureSummary(community?.id);
  const activities = useUpcomingActivities(community?.organizationId);
  const campaign = useRunningCampaign();
  usePullDownRefresh(() => {
    void Promise.all([summary.reload(), activities.reload(), campaign.reload()]).finally(() => Taro.stopPullDownRefresh());
  });
  const latest = (summary.data?.latest ?? []).slice(0, 3);

  return (
    <PageShell>
      <View className='home__banner'>
        <View className='home__title'>阳光党建智慧平台</View>
        <View className='home__subtitle'>党务、居务、财务 阳光公开</View>
      </View>
      <View className='home__body'>
        <CurrentCommunityCard>{community && <CommunityRecord key={community.id} communityId={community.id} />}</CurrentCommunityCard>
        <View className='home__entries'>
          {ENTRIES.map((entry) => (
            <View key={entry.title} className='home__entry' role='button' ariaLabel={entry.title} onClick={() => openPage(entry.page)}>
              <Image className='home__icon' src={entry.icon} mode='aspectFit' />
              <View className='home__entry-title'>{entry.title}</View>
            </View>
          ))}
        </View>
        {community && (
          <Card title='最新公开' flush extra={<CardAction label='全部公开' onClick={() => openPage('disclosures')} />}>
            {latest.length ? latest.map((d) => <DisclosureCell key={d.id} d={d} onClick={() => openPage('disclosure', { id: d.id })} />) : <Quiet loading={summary.loading} text='本社区还没有公开' />}
          </Card>
        )}
        {community && (
          <Card title='近期活动' flush extra={<CardAction label='全部活动' onClick={() => openPage('activities')} />}>
            {activities.data?.length ? (
              activities.data.map((a) => <Cell key={a.id} title={a.title} description={`${formatDateTime(a.startAt)} · ${a.location.name}`} onClick={() => openPage('activity', { id: a.id })} />)
            ) : (
              <Quiet loading={activities.loading} text='近期没有活动' />
            )}
          </Card>
        )}
        {campaign.data && (
          <Card title='商圈活动进行中' flush extra={<CardAction label='全部' onClick={() => openPage('campaigns')} />}>
            <Cell title={campaign.data.title} description={`${formatDate(campaign.data.startAt)} 至 ${formatDate(campaign.data.endAt)} · 领取商家优惠`} onClick={() => openPage('campaign', { id: campaign.data!.id })} />
          </Card>
        )}
      </View>
    </PageShell>
  );
}

/** A section with nothing to show yet (loading) or at all. */
function Quiet({ loading, text }: { loading: boolean; text: string }) {
  return <View className='home__quiet'>{loading ? '加载中…' : text}</View>;
}
