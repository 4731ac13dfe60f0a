import { useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ModalForm, PageContainer, ProFormDigit, ProFormSelect, ProFormText, ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { App, Button, InputNumber, Select, Space, Typography } from 'antd';
import { toTable } from '../../lib/format';
import { useCommunities } from '../../features/orgs';
import { REVIEW_LABELS, awardPoints, computeStars, editRule, recordReview, roster, rules, starRatings, type PointRule, type ReviewResult, type RosterMember, type StarRating } from '../../features/year';

const THIS_YEAR = Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Shanghai' }).format(new Date()));
const stars = (n: number | null) => (n === null ? '未评星' : '★'.repeat(n) + '☆'.repeat(5 - n));
const cap = (c: number | null) => (c === null ? '不设上限' : `${c} 分`);

function Rules({ year }: { year: number }) {
  const action = useRef<ActionType>(undefined);
  const columns: ProColumns<PointRule>[] = [
    { title: '规则', dataIndex: 'label' },
    { title: '每次分值', dataIndex: 'points', width: 120, render: (_, r) => (r.points > 0 ? `+${r.points}` : r.points) },
    { title: '年度上限', dataIndex: 'yearlyCap', width: 120, render: (_, r) => cap(r.yearlyCap) },
    { title: '版本', dataIndex: 'year', width: 100, render: (_, r) => `${r.year} 年` },
    {
      title: '操作', valueType: 'option', width: 100,
      render: (_, r) =>
        year < THIS_YEAR
          ? []
          : [
              <ModalForm<{ label: string; points: number; yearlyCap?: number }>
                key="edit" title={`修改「${r.label}」（${year} 年版本）`} trigger={<a>修改</a>} modalProps={{ destroyOnHidden: true }}
                initialValues={{ label: r.label, points: r.points, yearlyCap: r.yearlyCap ?? undefined }}
                onFinish={async (v) => { await editRule(r.code, { year, label: v.label, points: v.points, yearlyCap: v.yearlyCap ?? null }); action.current?.reload(); return true; }}
              >
                <ProFormText name="label" label="名称" rules={[{ required: true }]} />
                <ProFormDigit name="points" label="每次分值（扣分为负数）" fieldProps={{ precision: 0 }} min={-50} max={50} rules={[{ required: true }]} />
                <ProFormDigit name="yearlyCap" label="年度上限（留空不设上限）" fieldProps={{ precision: 0 }} min={1} max={1000} />
              </ModalForm>,
            ],
    },
  ];
  return <ProTable<PointRule> rowKey="code" actionRef={action} headerTitle={`${year} 年积分规则（区级管理员可修改本年及以后的版本）`} search={false} pagination={false} columns={columns} params={{ year }} request={async () => ({ data: await rules(year), success: true })} />;
}

function Roster({ organizationId, year }: { organizationId?: number; year: number }) {
  const { message } = App.useApp();
  const action = useRef<ActionType>(undefined);
  const [ruleList, setRuleList] = useState<PointRule[]>([]);
  const columns: ProColumns<RosterMember>[] = [
    { title: '党员', dataIndex: 'name' },
    { title: '年度积分', dataIndex: 'points', width: 110 },
    {
      title: '民主评议', dataIndex: 'review', width: 160,
      render: (_, m) => (
        <Select<ReviewResult> style={{ width: 130 }} placeholder="未评议" value={m.review ?? undefined} options={Object.entries(REVIEW_LABELS).map(([value, label]) => ({ value: value as ReviewResult, label }))}
          onChange={async (result) => { await recordReview({ memberId: m.memberId, year, result }); message.success('评议已记录'); action.current?.reload(); }} />
      ),
    },
    { title: '星级', dataIndex: 'stars', width: 120, render: (_, m) => stars(m.stars) },
    {
      title: '操作', valueType: 'option', width: 100,
      render: (_, m) =>
        !m.bound || year !== THIS_YEAR
          ? [<Typography.Text key="no" type="secondary">{m.bound ? '往年' : '未绑定'}</Typography.Text>]
          : [
              <ModalForm<{ ruleCode: string; note: string }> key="award" title={`给 ${m.name} 记分`} trigger={<a>记分</a>} modalProps={{ destroyOnHidden: true }}
                onOpenChange={async (open) => open && setRuleList((await rules(year)).filter((r) => r.category !== 'attendance'))}
                onFinish={async (v) => { await awardPoints({ memberId: m.memberId, ...v }); message.success('已记分'); action.current?.reload(); return true; }}
              >
                <ProFormSelect name="ruleCode" label="规则" rules={[{ required: true }]} options={ruleList.map((r) => ({ value: r.code, label: `${r.label}（${r.points > 0 ? '+' : ''}${r.points}，上限 ${cap(r.yearlyCap)}）` }))} />
                <ProFormText name="note" label="理由" rules={[{ required: true, min: 2, message: '请填写理由' }]} />
              </ModalForm>,
            ],
    },
  ];
  return (
    <ProTable<RosterMember>
      rowKey="memberId" actionRef={action} headerTitle="记分与民主评议" search={false} columns={columns} params={{ organizationId, year }}
      toolBarRender={() => [
        <Button key="compute" type="primary" disabled={!organizationId} onClick={async () => { const r = await computeStars({ organizationId: organizationId!, year }); message.success(`已评定 ${r.rated} 名党员的星级`); action.current?.reload(); }}>
          按积分和评议评定星级
        </Button>,
      ]}
      request={async (p) => (organizationId ? toTable(await roster({ organizationId, year, page: p.current ?? 1, pageSize: p.pageSize ?? 20 })) : { data: [], total: 0, success: true })}
    />
  );
}

function Ratings({ organizationId, year }: { organizationId?: number; year: number }) {
  const [rule, setRule] = useState<string>();
  const columns: ProColumns<StarRating>[] = [
    { title: '党员', dataIndex: 'name', width: 120 },
    { title: '星级', dataIndex: 'stars', width: 120, render: (_, r) => stars(r.stars) },
    { title: '积分', dataIndex: 'points', width: 80 },
    { title: '民主评议', dataIndex: 'review', width: 100, render: (_, r) => (r.review ? REVIEW_LABELS[r.review] : '未评议') },
    { title: '依据', dataIndex: 'reason' },
  ];
  return (
    <ProTable<StarRating>
      rowKey="memberId" headerTitle="星级评定结果" search={false} columns={columns} params={{ organizationId, year }}
      tableExtraRender={() => rule && <Typography.Paragraph type="secondary">评定规则：{rule}</Typography.Paragraph>}
      request={async (p) => {
        if (!organizationId) return { data: [], total: 0, success: true };
        const res = await starRatings({ organizationId, year, page: p.current ?? 1, pageSize: p.pageSize ?? 20 });
        setRule(res.items[0]?.rule);
        return toTable(res);
      }}
    />
  );
}

/** 积分与星级: the points rules, awarding and 民主评议 by organisation, and the star ratings; the ranking is under 党员管理. */
export default function YearPage() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'roster';
  const communities = useCommunities();
  const [organizationId, setOrg] = useState<number>();
  const org = organizationId ?? communities?.[0]?.organizationId;
  const [year, setYear] = useState(THIS_YEAR);
  return (
    <PageContainer
      title="积分与星级"
      extra={
        <Space>
          {tab !== 'rules' && (
            <>组织<Select showSearch optionFilterProp="label" style={{ width: 240 }} value={org} onChange={setOrg} options={communities?.map((c) => ({ value: c.organizationId, label: c.name }))} /></>
          )}
          年度<InputNumber min={2000} max={THIS_YEAR + 1} value={year} onChange={(v) => v && setYear(v)} />
          <Link to="/members?tab=points">积分排行</Link>
        </Space>
      }
      tabList={[{ key: 'roster', tab: '记分与评议' }, { key: 'ratings', tab: '星级评定' }, { key: 'rules', tab: '积分规则' }]}
      tabActiveKey={tab}
      onTabChange={(k) => setParams({ tab: k })}
    >
      {tab === 'rules' ? <Rules year={year} /> : tab === 'ratings' ? <Ratings organizationId={org} year={year} /> : <Roster organizationId={org} year={year} />}
    </PageContainer>
  );
}
