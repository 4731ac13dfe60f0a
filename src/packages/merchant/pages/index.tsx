import { View } from '@tarojs/components';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import Cell from '../../../components/Cell';
import ErrorState from '../../../components/ErrorState';
import Loading from '../../../components/Loading';
import PageShell from '../../../components/PageShell';
import PagedList from '../../../components/PagedList';
import { useMe } from '../../../features/auth/api/get-me';
import { useMyEntries } from '../../../features/campaigns/api/merchant';
import RegisterForm from '../../../features/campaigns/components/RegisterForm';
import CampaignStatusTag from '../../../features/campaigns/components/CampaignStatusTag';
import { openPage } from '../../../lib/routes';
import type { Merchant } from '../../../features/campaigns/types';
import '../../../features/campaigns/components/campaigns.scss';

/** 商户中心: register under an alliance, then join campaigns, redeem residents' claims and see how many came. */
export default function MerchantHomePage() {
  const me = useMe();
  if (!me.data) return <PageShell>{me.loading ? <Loading /> : <ErrorState error={me.error} onRetry={me.reload} />}</PageShell>;
  const merchant = me.data.bindings.merchant;
  const isAdmin = me.data.roles.includes('district_admin') || me.data.adminScopes.length > 0;
  return (
    <PageShell>
      {isAdmin && (
        <Card title='联盟管理' flush>
          <Cell title='审核商户与报名' description='商户入驻、活动报名审核' onClick={() => openPage('campaignReview')} />
          <Cell title='发布商圈活动' onClick={() => openPage('newCampaign')} />
        </Card>
      )}
      {merchant?.status === 'approved' ? <MerchantDesk merchant={merchant} /> : <Registration merchant={merchant} onDone={me.reload} />}
    </PageShell>
  );
}

function Registration({ merchant, onDone }: { merchant: Merchant | null | undefined; onDone: () => void }) {
  if (merchant?.status === 'pending')
    return (
      <Card title='商户入驻' extra={<CampaignStatusTag value='pending' />}>
        <View>{merchant.name} 的入驻申请已提交，联盟管理员审核后即可参加商圈活动。</View>
      </Card>
    );
  return (
    <Card title='商户入驻'>
      {merchant?.status === 'rejected' && <View className='campaign-form__hint'>上次申请未通过：{merchant.rejectReason}，可修改后重新提交。</View>}
      <RegisterForm onDone={onDone} />
    </Card>
  );
}

function MerchantDesk({ merchant }: { merchant: Merchant }) {
  const entries = useMyEntries();
  return (
    <>
      <Card title={merchant.name} extra={<CampaignStatusTag value='approved' />}>
        <View>{merchant.address}</View>
        <View className='campaign-form__buttons'>
          <ActionButton onClick={() => openPage('redeem')}>核销优惠券</ActionButton>
          <ActionButton variant='plain' onClick={() => openPage('campaignJoin')}>
            参加活动
          </ActionButton>
        </View>
      </Card>
      <Card title='我的活动报名' flush>
        <PagedList
          list={entries}
          keyOf={(e) => e.id}
          emptyTitle='还没有参加活动'
          renderItem={(e) => (
            <Cell
              title={`${e.campaign?.title ?? ''} · ${e.offerTitle}`}
              description={e.status === 'rejected' ? `未通过：${e.rejectReason}` : `已领 ${e.claimedCount} / ${e.quota}`}
              value={<CampaignStatusTag value={e.status} />}
              onClick={e.status === 'approved' ? () => openPage('campaignStats', { id: e.campaignId }) : undefined}
            />
          )}
        />
      </Card>
    </>
  );
}
