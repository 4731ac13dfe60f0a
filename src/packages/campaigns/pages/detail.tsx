import { Image, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useRouter, useShareAppMessage } from '@tarojs/taro';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import Empty from '../../../components/Empty';
import ErrorState from '../../../components/ErrorState';
import Loading from '../../../components/Loading';
import PageShell from '../../../components/PageShell';
import { useSession } from '../../../lib/auth';
import { API_BASE } from '../../../lib/http';
import { formatDateTime } from '../../../lib/format';
import { openPage, pageUrl } from '../../../lib/routes';
import { useCampaign } from '../../../features/campaigns/api/campaigns';
import { claimOffer } from '../../../features/campaigns/api/claims';
import OfferCard from '../../../features/campaigns/components/OfferCard';
import CampaignStatusTag from '../../../features/campaigns/components/CampaignStatusTag';
import type { Offer } from '../../../features/campaigns/types';
import './pages.scss';

/** One campaign: its merchants and their offers; a resident claims one per offer while it runs. */
export default function CampaignDetailPage() {
  const id = Number(useRouter().params.id);
  const session = useSession();
  const { data, error, loading, reload } = useCampaign(id);
  const [claiming, setClaiming] = useState<number>();
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()));
  useShareAppMessage(() => ({ title: data?.title ?? '商圈活动', path: pageUrl('campaign', { id }) }));

  if (!data) return <PageShell>{loading ? <Loading /> : <ErrorState error={error} onRetry={reload} />}</PageShell>;

  const claim = async (entry: Offer) => {
    if (!session) return openPage('me');
    setClaiming(entry.id);
    try {
      await claimOffer(entry.id);
      void Taro.showToast({ title: '领取成功', icon: 'success' });
      await reload();
    } catch {
      // The client's toast says why (sold out, already claimed).
    } finally {
      setClaiming(undefined);
    }
  };
  const action = (entry: Offer) => {
    if (entry.claimedByMe) return <ActionButton variant='plain' onClick={() => openPage('myClaims')}>查看券码</ActionButton>;
    if (data.phase !== 'running') return <CampaignStatusTag value={data.phase} />;
    if (entry.remaining === 0) return <ActionButton disabled>已领完</ActionButton>;
    return (
      <ActionButton loading={claiming === entry.id} onClick={() => void claim(entry)}>
        领取
      </ActionButton>
    );
  };
  return (
    <PageShell>
      {data.posterUrl && <Image className='campaigns-page__poster' src={`${API_BASE}${data.posterUrl}`} mode='aspectFill' />}
      <Card title={data.title} extra={<CampaignStatusTag value={data.phase} />}>
        <View>{data.description}</View>
        <View className='campaigns-page__meta'>
          活动时间：{formatDateTime(data.startAt)} 至 {formatDateTime(data.endAt)}
        </View>
      </Card>
      <Card title={`参与商户（${data.entries.length}）`} flush>
        {data.entries.length ? data.entries.map((e) => <OfferCard key={e.id} entry={e} action={action(e)} />) : <Empty title='商户报名中' />}
      </Card>
    </PageShell>
  );
}
