import { useEffect, useState } from 'react';
import { PageContainer, ProCard, ProTable, StatisticCard } from '@ant-design/pro-components';
import { Column, Pie } from '@ant-design/plots';
import { Alert, Drawer, Spin } from 'antd';
import { percent, toTable } from '../../lib/format';
import { dashboard, drill, type Dashboard } from '../../features/dashboard/api';

const CATEGORY = { party: '党务', affairs: '居务', finance: '财务' } as const;
const STATUS = { on_time: '按时', late: '逾期', missing: '待公开' } as const;
const PROJECT_STATUS = { planned: '计划中', started: '推进中', completed: '已完成' } as const;
const PROJECT_CATEGORY = { income: '增收', livelihood: '民生', party_building: '党建' } as const;

interface Figure {
  title: string;
  path: string;
  query: Record<string, string | number | undefined>;
  columns: { title: string; dataIndex: string | string[] }[];
}

/** The district (or street) at a glance; every figure opens the rows it counts. */
export default function DashboardPage() {
  const [d, setD] = useState<Dashboard>();
  const [error, setError] = useState<string>();
  const [open, setOpen] = useState<Figure>();
  useEffect(() => {
    dashboard().then(setD, (e: Error) => setError(e.message));
  }, []);
  if (error) return <Alert type="error" message={error} showIcon />;
  if (!d) return <Spin style={{ display: 'block', margin: 80 }} />;
  const streetId = d.scope.streetId ?? undefined;
  const dc = d.disclosureCompliance;
  const ap = d.activityParticipation;
  const complianceRows = (category: string, status: string): Figure => ({
    title: `${CATEGORY[category as keyof typeof CATEGORY]}公开 · ${STATUS[status as keyof typeof STATUS]}（${dc.period}）`,
    path: '/disclosure-compliance', query: { category, status, streetId, period: dc.period },
    columns: [{ title: '社区', dataIndex: 'communityName' }, { title: '街道', dataIndex: 'streetName' }],
  });
  const projectRows = (q: Record<string, string>, title: string): Figure => ({
    title, path: '/partnership-projects', query: { ...q, streetId },
    columns: [{ title: '项目', dataIndex: 'title' }, { title: '牵头社区', dataIndex: ['ownerCommunity', 'name'] }, { title: '状态', dataIndex: 'status' }],
  });
  const complianceData = (Object.keys(CATEGORY) as (keyof typeof CATEGORY)[]).flatMap((c) =>
    (Object.keys(STATUS) as (keyof typeof STATUS)[]).map((s) => ({ category: CATEGORY[c], status: STATUS[s], count: dc.byCategory[c][s], c, s })),
  );
  const projectData = (Object.keys(PROJECT_STATUS) as (keyof typeof PROJECT_STATUS)[]).map((s) => ({ status: PROJECT_STATUS[s], count: d.partnerships.projects.byStatus[s] ?? 0, s }));
  return (
    <PageContainer title={d.scope.level === 'district' ? '区级看板' : `${d.scope.streetName}看板`}>
      <StatisticCard.Group direction="row">
        <StatisticCard statistic={{ title: `财务按时公开（${dc.period}）`, value: dc.byCategory.finance.on_time, suffix: `/ ${dc.communities}` }} onClick={() => setOpen(complianceRows('finance', 'on_time'))} style={{ cursor: 'pointer' }} />
        <StatisticCard statistic={{ title: '联建对子', value: d.partnerships.pairs }} onClick={() => setOpen({ title: '联建对子', path: '/partnerships', query: { streetId }, columns: [{ title: '社区甲', dataIndex: ['communityA', 'name'] }, { title: '社区乙', dataIndex: ['communityB', 'name'] }, { title: '协议', dataIndex: 'agreementTitle' }] })} style={{ cursor: 'pointer' }} />
        <StatisticCard statistic={{ title: '共建项目', value: d.partnerships.projects.total }} onClick={() => setOpen(projectRows({}, '共建项目'))} style={{ cursor: 'pointer' }} />
        <StatisticCard statistic={{ title: `活动参与率（${ap.year}）`, value: percent(ap.rate), description: `${ap.held} 场 · 报名 ${ap.signups} · 签到 ${ap.checkIns}` }} onClick={() => setOpen({ title: '已举办活动', path: '/activity-participation', query: { streetId, year: ap.year }, columns: [{ title: '活动', dataIndex: 'title' }, { title: '报名', dataIndex: 'signups' }, { title: '签到', dataIndex: 'checkIns' }] })} style={{ cursor: 'pointer' }} />
        <StatisticCard statistic={{ title: '两新组织覆盖率', value: percent(d.newOrganizations.rate), description: `应建 ${d.newOrganizations.shouldEstablish} · 已建 ${d.newOrganizations.established}` }} onClick={() => setOpen({ title: '两新组织', path: '/new-organizations', query: { streetId }, columns: [{ title: '名称', dataIndex: 'name' }, { title: '街道', dataIndex: 'streetName' }, { title: '覆盖方式', dataIndex: 'covered' }] })} style={{ cursor: 'pointer' }} />
      </StatisticCard.Group>
      <ProCard gutter={16} style={{ marginTop: 16 }} ghost>
        <ProCard title={`三务按时公开（${dc.period}）· 点击柱子查看社区`} colSpan={14}>
          <Column
            height={320}
            data={complianceData}
            xField="category"
            yField="count"
            colorField="status"
            stack
            scale={{ color: { domain: Object.values(STATUS), range: ['#52c41a', '#faad14', '#ff4d4f'] } }}
            onReady={({ chart }) => chart.on('element:click', (e: { data?: { data?: { c: string; s: string } } }) => e.data?.data && setOpen(complianceRows(e.data.data.c, e.data.data.s)))}
          />
        </ProCard>
        <ProCard title="共建项目进展 · 点击扇区查看项目" colSpan={10}>
          <Pie
            height={320}
            data={projectData}
            angleField="count"
            colorField="status"
            innerRadius={0.5}
            label={{ text: 'count', position: 'outside' }}
            onReady={({ chart }) => chart.on('element:click', (e: { data?: { data?: { s: string; status: string } } }) => e.data?.data && setOpen(projectRows({ status: e.data.data.s }, `共建项目 · ${e.data.data.status}`)))}
          />
        </ProCard>
      </ProCard>
      <ProCard title="共建项目类别" style={{ marginTop: 16 }}>
        {(Object.entries(PROJECT_CATEGORY) as [keyof typeof PROJECT_CATEGORY, string][]).map(([k, label]) => (
          <a key={k} style={{ marginRight: 24 }} onClick={() => setOpen(projectRows({ category: k }, `共建项目 · ${label}`))}>
            {label} {d.partnerships.projects.byCategory[k] ?? 0} 个
          </a>
        ))}
      </ProCard>
      <Drawer width={760} open={!!open} title={open?.title} onClose={() => setOpen(undefined)} destroyOnHidden>
        {open && (
          <ProTable
            rowKey={(r: Record<string, unknown>) => String(r.id ?? r.communityId)}
            search={false}
            options={false}
            columns={open.columns}
            request={async (p) => toTable(await drill<Record<string, unknown>>(open.path, { ...open.query, page: p.current ?? 1, pageSize: p.pageSize ?? 20 }))}
          />
        )}
      </Drawer>
    </PageContainer>
  );
}
