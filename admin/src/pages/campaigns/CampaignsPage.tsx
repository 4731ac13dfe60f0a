import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { PageContainer, ProCard, ProTable, StatisticCard, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Column } from '@ant-design/plots';
import { Popconfirm, Select, Spin } from 'antd';
import { StatusTag, valueEnum, type Tone } from '../../components/StatusTag';
import { dateTime, percent, toTable } from '../../lib/format';
import { campaigns, entries, merchants, reviewEntry, reviewMerchant, stats, type Campaign, type Entry, type Merchant, type Review, type Stats } from '../../features/campaigns/api';

const REVIEW: Record<Review, [Tone, string]> = { pending: ['processing', '待审核'], approved: ['success', '已通过'], rejected: ['error', '已驳回'] };

const decide = (go: (ok: boolean) => Promise<unknown>, reload: () => void) => [
  <Popconfirm key="ok" title="确认通过？" onConfirm={() => go(true).then(reload)}><a>通过</a></Popconfirm>,
  <Popconfirm key="no" title="确认驳回？" onConfirm={() => go(false).then(reload)}><a>驳回</a></Popconfirm>,
];

function Merchants() {
  const action = useRef<ActionType>(undefined);
  const columns: ProColumns<Merchant>[] = [
    { title: '商户', dataIndex: 'name', search: false },
    { title: '类别', dataIndex: 'category', search: false },
    { title: '地址', dataIndex: 'address', search: false, ellipsis: true },
    { title: '联系电话', dataIndex: 'contactPhone', search: false },
    { title: '状态', dataIndex: 'status', valueEnum: valueEnum(REVIEW), initialValue: 'pending', render: (_, m) => <StatusTag value={m.status} map={REVIEW} /> },
    { title: '申请时间', dataIndex: 'createdAt', search: false, render: (_, m) => dateTime(m.createdAt) },
    { title: '操作', valueType: 'option', render: (_, m) => (m.status === 'pending' ? decide((ok) => reviewMerchant(m.id, ok), () => action.current?.reload()) : []) },
  ];
  return <ProTable<Merchant> rowKey="id" actionRef={action} headerTitle="商户入驻审核" columns={columns} search={{ labelWidth: 'auto' }} request={async (p) => toTable(await merchants({ page: p.current ?? 1, pageSize: p.pageSize ?? 20, status: p.status }))} />;
}

function Entries() {
  const action = useRef<ActionType>(undefined);
  const columns: ProColumns<Entry>[] = [
    { title: '商圈活动', dataIndex: ['campaign', 'title'], search: false },
    { title: '商户', dataIndex: ['merchant', 'name'], search: false },
    { title: '优惠', dataIndex: 'offerTitle', search: false },
    { title: '名额', dataIndex: 'quota', search: false },
    { title: '状态', dataIndex: 'status', valueEnum: valueEnum(REVIEW), initialValue: 'pending', render: (_, e) => <StatusTag value={e.status} map={REVIEW} /> },
    { title: '操作', valueType: 'option', render: (_, e) => (e.status === 'pending' ? decide((ok) => reviewEntry(e, ok), () => action.current?.reload()) : []) },
  ];
  return <ProTable<Entry> rowKey="id" actionRef={action} headerTitle="商户报名审核" columns={columns} search={{ labelWidth: 'auto' }} request={async (p) => toTable(await entries({ page: p.current ?? 1, pageSize: p.pageSize ?? 20, status: p.status }))} />;
}

function CampaignStats() {
  const [list, setList] = useState<Campaign[]>();
  const [id, setId] = useState<number>();
  const [s, setS] = useState<Stats>();
  useEffect(() => {
    campaigns().then((r) => {
      setList(r.items);
      setId(r.items[0]?.id);
    });
  }, []);
  useEffect(() => {
    if (id) stats(id).then(setS);
  }, [id]);
  const data = s?.entries.flatMap((e) => [{ merchant: e.merchantName, kind: '领取', count: e.claims }, { merchant: e.merchantName, kind: '核销', count: e.redemptions }]) ?? [];
  return (
    <ProCard title="商圈活动统计" extra={<Select style={{ width: 260 }} value={id} onChange={setId} loading={!list} options={list?.map((c) => ({ value: c.id, label: c.title }))} />} direction="column">
      {!s ? (
        <Spin />
      ) : (
        <>
          <StatisticCard.Group>
            <StatisticCard statistic={{ title: '领取', value: s.totals.claims }} />
            <StatisticCard statistic={{ title: '核销', value: s.totals.redemptions }} />
            <StatisticCard statistic={{ title: '核销率', value: percent(s.totals.redemptionRate) }} />
          </StatisticCard.Group>
          <Column height={340} data={data} xField="merchant" yField="count" colorField="kind" group axis={{ x: { labelAutoRotate: true } }} />
        </>
      )}
    </ProCard>
  );
}

/** 商户与商圈活动: merchant and entry reviews, campaign stats. */
export default function CampaignsPage() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'merchants';
  return (
    <PageContainer title="商户与商圈活动" tabList={[{ key: 'merchants', tab: '商户审核' }, { key: 'entries', tab: '报名审核' }, { key: 'stats', tab: '活动统计' }]} tabActiveKey={tab} onTabChange={(k) => setParams({ tab: k })}>
      {tab === 'merchants' ? <Merchants /> : tab === 'entries' ? <Entries /> : <CampaignStats />}
    </PageContainer>
  );
}
