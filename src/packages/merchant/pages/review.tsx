import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import Cell from '../../../components/Cell';
import PageShell from '../../../components/PageShell';
import PagedList from '../../../components/PagedList';
import { reviewEntry, reviewMerchant, usePendingEntries, usePendingMerchants, type Decision } from '../../../features/campaigns/api/admin';
import { useCampaignList } from '../../../features/campaigns/api/campaigns';
import CampaignCell from '../../../features/campaigns/components/CampaignCell';
import Tabs from '../../../components/Tabs';
import { openPage } from '../../../lib/routes';
import '../../../features/campaigns/components/campaigns.scss';

type Tab = 'merchants' | 'entries' | 'campaigns';
const TABS: { value: Tab; label: string }[] = [
  { value: 'merchants', label: '商户审核' },
  { value: 'entries', label: '报名审核' },
  { value: 'campaigns', label: '活动统计' },
];

/** Asks for a rejection reason; undefined when the admin cancels. */
async function decide(approve: boolean): Promise<Decision | undefined> {
  if (approve) return { approve: true };
  const res = await Taro.showModal({ title: '不通过的原因', editable: true, placeholderText: '如：信息不完整' } as Taro.showModal.Option);
  if (!res.confirm) return undefined;
  return { approve: false, reason: (res as { content?: string }).content?.trim() || '未通过审核' };
}

/** The alliance admin's desk: merchants and entries to review, and each campaign's figures. */
export default function ReviewPage() {
  const [tab, setTab] = useState<Tab | undefined>('merchants');
  return (
    <PageShell>
      <Tabs tabs={TABS} value={tab} onChange={setTab} />
      {tab === 'merchants' && <Merchants />}
      {tab === 'entries' && <Entries />}
      {tab === 'campaigns' && <Campaigns />}
    </PageShell>
  );
}

function Buttons({ onDecide }: { onDecide: (approve: boolean) => Promise<void> }) {
  const act = (approve: boolean) => () => void onDecide(approve).catch(() => undefined);
  return (
    <View className='campaign-form__buttons'>
      <ActionButton onClick={act(true)}>通过</ActionButton>
      <ActionButton variant='plain' onClick={act(false)}>
        不通过
      </ActionButton>
    </View>
  );
}

function Merchants() {
  const list = usePendingMerchants();
  const onDecide = (id: number) => async (approve: boolean) => {
    const d = await decide(approve);
    if (d) await reviewMerchant(id, d).then(list.reload);
  };
  return (
    <PagedList
      list={list}
      keyOf={(m) => m.id}
      emptyTitle='没有待审核的商户'
      renderItem={(m) => <Cell title={`${m.name}（${m.category}）`} description={`${m.address} · ${m.contactPhone}`} value={<Buttons onDecide={onDecide(m.id)} />} />}
    />
  );
}

function Entries() {
  const list = usePendingEntries();
  return (
    <PagedList
      list={list}
      keyOf={(e) => e.id}
      emptyTitle='没有待审核的报名'
      renderItem={(e) => (
        <Cell
          title={`${e.merchant?.name} · ${e.offerTitle}`}
          description={`${e.campaign?.title} · 名额 ${e.quota}`}
          value={<Buttons onDecide={async (approve) => { const d = await decide(approve); if (d) await reviewEntry(e, d).then(list.reload); }} />}
        />
      )}
    />
  );
}

function Campaigns() {
  const list = useCampaignList();
  return <PagedList list={list} keyOf={(c) => c.id} emptyTitle='暂无活动' renderItem={(c) => <CampaignCell campaign={c} onClick={() => openPage('campaignStats', { id: c.id })} />} />;
}
