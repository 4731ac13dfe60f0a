import { useEffect, useRef, useState } from 'react';
import { ModalForm, PageContainer, ProFormDigit, ProFormSelect, ProFormTextArea, ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Button, Card, Col, message, Row, Statistic, Tabs } from 'antd';
import { StatusTag, valueEnum } from '../../components/StatusTag';
import { dateTime, toTable } from '../../lib/format';
import {
  closeRectification, complianceRows, complianceSummary, GROUP, KIND, KINDS, LEVEL, meetings, rate, ratings, STATUS, tasks,
  type ComplianceRow, type ComplianceSummary, type Meeting, type Rating, type Task,
} from '../../features/orglife/api';

/** Per kind: how many organisations held it on time, late or not at all; per street below; each row's statuses in the matrix. */
function Compliance() {
  const [summary, setSummary] = useState<ComplianceSummary>();
  useEffect(() => void complianceSummary({}).then(setSummary), []);
  const columns: ProColumns<ComplianceRow>[] = [
    { title: '党组织', dataIndex: 'organizationName', search: false, width: 220 },
    { title: '街道', dataIndex: 'streetName', search: false, width: 110 },
    { title: '类别', dataIndex: 'group', valueEnum: Object.fromEntries(Object.entries(GROUP).map(([k, v]) => [k, { text: v }])), width: 100 },
    { title: '会议', dataIndex: 'kind', valueEnum: Object.fromEntries(KINDS.map((k) => [k, { text: KIND[k] }])), hideInTable: true },
    { title: '状态', dataIndex: 'status', valueEnum: valueEnum(STATUS), hideInTable: true },
    ...KINDS.map((k) => ({ title: KIND[k], key: k, search: false as const, render: (_: unknown, r: ComplianceRow) => <StatusTag value={r.kinds.find((x) => x.kind === k)!.status} map={STATUS} /> })),
    { title: '评定', key: 'rate', search: false, render: (_, r) => <RateButton organizationId={r.organizationId} name={r.organizationName} /> },
  ];
  return (
    <>
      {summary && (
        <Row gutter={16} style={{ marginBottom: 16 }}>
          {KINDS.map((k) => (
            <Col span={4} key={k}>
              <Card size="small" title={`${KIND[k]}（${k === 'org_life' || k === 'democratic_review' ? `${summary.year}年` : k === 'branch_committee' || k === 'group' ? summary.period : summary.quarter}）`}>
                <Statistic title="按时 / 党组织" value={summary.byKind[k].on_time} suffix={`/ ${summary.organizations}`} />
                <div>补开 {summary.byKind[k].late} · 未开 {summary.byKind[k].missing} · 未到期 {summary.byKind[k].not_due}</div>
              </Card>
            </Col>
          ))}
        </Row>
      )}
      {summary && (
        <Card size="small" style={{ marginBottom: 16 }} title="组织生活会召开情况">
          {(['rural', 'urban', 'enterprise'] as const).map((g) => `${GROUP[g]} ${summary.orgLifeByGroup[g].held}/${summary.orgLifeByGroup[g].organizations}`).join('　')}
        </Card>
      )}
      <ProTable<ComplianceRow>
        rowKey="organizationId"
        headerTitle="三会一课落实矩阵"
        columns={columns}
        search={{ labelWidth: 'auto' }}
        request={async (p) => toTable(await complianceRows({ page: p.current ?? 1, pageSize: p.pageSize ?? 20, kind: p.kind, status: p.status, group: p.group }))}
      />
    </>
  );
}

function RateButton({ organizationId, name }: { organizationId: number; name: string }) {
  return (
    <ModalForm<{ year: number; level: Rating['level']; reason: string }>
      title={`评定：${name}`}
      trigger={<Button size="small">评定</Button>}
      initialValues={{ year: new Date().getFullYear() - 1, level: 'good' }}
      onFinish={async (v) => {
        const r = await rate(organizationId, v);
        message.success(r.rectification ? '已评定为软弱涣散，整顿清单已建立' : '已评定');
        return true;
      }}
    >
      <ProFormDigit name="year" label="年度" rules={[{ required: true }]} fieldProps={{ precision: 0 }} />
      <ProFormSelect name="level" label="等次" valueEnum={Object.fromEntries(Object.entries(LEVEL).map(([k, v]) => [k, v[1]]))} rules={[{ required: true }]} />
      <ProFormTextArea name="reason" label="理由" rules={[{ required: true }]} />
    </ModalForm>
  );
}

function Meetings() {
  const columns: ProColumns<Meeting>[] = [
    { title: '召开时间', dataIndex: 'heldAt', search: false, width: 150, render: (_, m) => dateTime(m.heldAt) },
    { title: '党组织', dataIndex: 'organizationName', search: false },
    { title: '类型', dataIndex: 'kind', valueEnum: Object.fromEntries(KINDS.map((k) => [k, { text: KIND[k] }])) },
    { title: '会议', dataIndex: 'title', search: false },
    { title: '期间', dataIndex: 'period' },
    { title: '到会 / 缺席', search: false, render: (_, m) => `${m.presentCount} / ${m.absentCount}` },
  ];
  return <ProTable<Meeting> rowKey="id" headerTitle="会议记录" columns={columns} search={{ labelWidth: 'auto' }} request={async (p) => toTable(await meetings({ page: p.current ?? 1, pageSize: p.pageSize ?? 20, kind: p.kind, period: p.period }))} />;
}

const TASK: Record<'overdue' | 'open' | 'done', ['error' | 'warning' | 'success', string]> = { overdue: ['error', '已逾期'], open: ['warning', '进行中'], done: ['success', '已完成'] };

function Tasks() {
  const columns: ProColumns<Task>[] = [
    { title: '党组织', dataIndex: 'organizationName', search: false },
    { title: '清单', dataIndex: 'listTitle', search: false },
    { title: '任务', dataIndex: 'title', search: false },
    { title: '责任人', dataIndex: 'owner', search: false },
    { title: '完成时限', dataIndex: 'dueAt', search: false, render: (_, t) => dateTime(t.dueAt).slice(0, 10) },
    { title: '状态', dataIndex: 'state', valueEnum: valueEnum(TASK), render: (_, t) => <StatusTag value={t.status === 'done' ? 'done' : t.overdue ? 'overdue' : 'open'} map={TASK} /> },
    { title: '进展', dataIndex: 'progress', search: false, ellipsis: true },
  ];
  return (
    <ProTable<Task>
      rowKey="id"
      headerTitle="党建责任清单任务"
      columns={columns}
      search={{ labelWidth: 'auto' }}
      request={async (p) => toTable(await tasks({ page: p.current ?? 1, pageSize: p.pageSize ?? 20, overdue: p.state === 'overdue' ? true : undefined, status: p.state === 'overdue' ? undefined : p.state }))}
    />
  );
}

function Ratings() {
  const action = useRef<ActionType>(undefined);
  const columns: ProColumns<Rating>[] = [
    { title: '年度', dataIndex: 'year', valueType: 'digit', width: 90 },
    { title: '党组织', dataIndex: 'organizationName', search: false },
    { title: '等次', dataIndex: 'level', valueEnum: valueEnum(LEVEL), render: (_, r) => <StatusTag value={r.level} map={LEVEL} /> },
    { title: '理由', dataIndex: 'reason', search: false, ellipsis: true },
    {
      title: '整顿', search: false,
      render: (_, r) =>
        r.rectification ? (
          <>
            {r.rectification.closedAt ? `已于 ${dateTime(r.rectification.closedAt).slice(0, 10)} 完成` : `完成 ${r.rectification.doneCount}/${r.rectification.taskCount}，逾期 ${r.rectification.overdueCount}`}{' '}
            {!r.rectification.closedAt && (
              <Button size="small" disabled={r.rectification.doneCount < r.rectification.taskCount || !r.rectification.taskCount} onClick={async () => {
                await closeRectification(r.rectification!.taskListId);
                message.success('整顿已关闭');
                action.current?.reload();
              }}>关闭整顿</Button>
            )}
          </>
        ) : '—',
    },
    { title: '评定时间', dataIndex: 'ratedAt', search: false, render: (_, r) => dateTime(r.ratedAt) },
  ];
  return <ProTable<Rating> rowKey="id" actionRef={action} headerTitle="党组织评定" columns={columns} search={{ labelWidth: 'auto' }} request={async (p) => toTable(await ratings({ page: p.current ?? 1, pageSize: p.pageSize ?? 20, level: p.level, year: p.year }))} />;
}

/** 组织生活: the 三会一课 compliance matrix, the meetings recorded, the responsibility tasks and the ratings with their rectification. */
export default function OrgLifePage() {
  return (
    <PageContainer title="组织生活">
      <Tabs
        items={[
          { key: 'compliance', label: '三会一课落实', children: <Compliance /> },
          { key: 'meetings', label: '会议记录', children: <Meetings /> },
          { key: 'tasks', label: '责任清单', children: <Tasks /> },
          { key: 'ratings', label: '评定与整顿', children: <Ratings /> },
        ]}
      />
    </PageContainer>
  );
}
