import { View } from '@tarojs/components';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import PageShell from '../../../components/PageShell';
import PagedList from '../../../components/PagedList';
import { useCampaignList } from '../../../features/campaigns/api/campaigns';
import CampaignCell from '../../../features/campaigns/components/CampaignCell';
import { openPage } from '../../../lib/routes';
import './pages.scss';

/** 商圈活动: the alliances' campaigns, running ones first in time order; my claims one tap away. */
export default function CampaignListPage() {
  const list = useCampaignList();
  return (
    <PageShell>
      <View className='campaigns-page__intro'>党建红盟商圈联合商户推出惠民优惠，领取后到店出示券码即可使用。</View>
      <View className='campaigns-page__actions'>
        <ActionButton block variant='plain' onClick={() => openPage('myClaims')}>
          我的优惠券
        </ActionButton>
      </View>
      <Card title='全部活动' flush>
        <PagedList
          list={list}
          keyOf={(c) => c.id}
          emptyTitle='暂无商圈活动'
          renderItem={(c) => <CampaignCell campaign={c} onClick={() => openPage('campaign', { id: c.id })} />}
        />
      </Card>
    </PageShell>
  );
}
