import { useEffect, useState } from 'react';
import { PageContainer, ProTable, type ProColumns } from '@ant-design/pro-components';
import { Alert, Descriptions, Drawer, Spin, Tabs, Tag, Timeline } from 'antd';
import { StatusTag, valueEnum } from '../../components/StatusTag';
import { dateTime, toTable } from '../../lib/format';
import { OrgTreeSelect } from '../../features/orgs';
import { STAGE, applicant, applicants, dueSteps, type Applicant, type DueStep } from '../../features/development';

const day = (iso: string) => dateTime(iso).slice(0, 10);

/** An applicant's record: every step with its date, note and evidence; a disqualification with its condition. */
function Record({ id }: { id: number }) {
  const [a, setA] = useState<Applicant>();
  const [failed, setFailed] = useState<string>();
  useEffect(() => void applicant(id).then(setA, (e: Error) => setFailed(e.message)), [id]);
  if (failed) return <Alert type="error" message={failed} />;
  if (!a) return <Spin />;
  return (
    <>
      <Descriptions column={1} size="small" style={{ marginBottom: 24 }}>
        <Descriptions.Item label="姓名">{a.name}</Descriptions.Item>
        <Descriptions.Item label="党组织">{a.organizationName}</Descriptions.Item>
        <Descriptions.Item label="出生日期">{a.birthDate}</Descriptions.Item>
        <Descriptions.Item label="当前阶段"><StatusTag value={a.stage} map={STAGE} />{a.disqualified && <Tag color="error">已取消资格</Tag>}</Descriptions.Item>
        {a.stage === 'activist' && <Descriptions.Item label="本年积分">{a.points}</Descriptions.Item>}
      </Descriptions>
      {a.disqualified && <Alert type="error" style={{ marginBottom: 24 }} message={`${day(a.disqualified.at)} 取消资格：${a.disqualified.title}`} description={a.disqualified.note} />}
      <Timeline
        items={a.steps.map((s) => ({
          children: (
            <>
              <div><b>{day(s.at)} {STAGE[s.stage][1]}</b></div>
              <div>{s.note}</div>
              <div style={{ color: '#8c8c8c' }}>材料：{s.evidence.join('、')}</div>
            </>
          ),
        }))}
      />
    </>
  );
}

type Filters = { stage?: Applicant['stage']; organizationId?: number; disqualified?: 'true' };

/** The pipeline of my scope: a table by stage with filters; a row opens the timeline. */
function Pipeline({ onOpen }: { onOpen: (id: number) => void }) {
  const columns: ProColumns<Applicant, 'text'>[] = [
    { title: '姓名', dataIndex: 'name', search: false, render: (_, a) => <a onClick={() => onOpen(a.id)}>{a.name}</a> },
    { title: '党组织', dataIndex: 'organizationId', render: (_, a) => a.organizationName, renderFormItem: () => <OrgTreeSelect />, width: 200 },
    { title: '阶段', dataIndex: 'stage', valueEnum: valueEnum(STAGE), render: (_, a) => <StatusTag value={a.stage} map={STAGE} />, width: 130 },
    { title: '进入本阶段', dataIndex: 'stageAt', search: false, render: (_, a) => day(a.stageAt), width: 120 },
    { title: '递交申请', dataIndex: 'appliedAt', search: false, render: (_, a) => day(a.appliedAt), width: 120 },
    { title: '本年积分', dataIndex: 'points', search: false, render: (_, a) => (a.stage === 'activist' ? a.points : '—'), width: 100 },
    { title: '资格', dataIndex: 'disqualified', valueEnum: { true: { text: '已取消资格' } }, render: (_, a) => (a.disqualified ? <Tag color="error">已取消：{a.disqualified.title}</Tag> : '—') },
  ];
  return (
    <ProTable<Applicant, Filters>
      rowKey="id"
      headerTitle="发展党员（本人管理范围）"
      columns={columns}
      search={{ labelWidth: 'auto' }}
      request={async (p) => toTable(await applicants({ page: p.current ?? 1, pageSize: p.pageSize ?? 20, stage: p.stage, organizationId: p.organizationId, disqualified: p.disqualified }))}
    />
  );
}

/** Next steps due: activists who may become candidates, probationary members due for conversion (overdue first in red). */
function Due({ onOpen }: { onOpen: (id: number) => void }) {
  const columns: ProColumns<DueStep>[] = [
    { title: '姓名', dataIndex: 'name', render: (_, d) => <a onClick={() => onOpen(d.applicantId)}>{d.name}</a> },
    { title: '当前阶段', dataIndex: 'stage', render: (_, d) => <StatusTag value={d.stage} map={STAGE} />, width: 130 },
    { title: '下一步', dataIndex: 'next', render: (_, d) => STAGE[d.next][1], width: 120 },
    { title: '到期日', dataIndex: 'dueAt', render: (_, d) => (d.overdue ? <Tag color="error">{day(d.dueAt)} 已到期</Tag> : day(d.dueAt)), width: 150 },
    { title: '规定', dataIndex: 'rule' },
  ];
  return <ProTable<DueStep> rowKey="applicantId" headerTitle="到期的下一步" search={false} columns={columns} request={async (p) => toTable(await dueSteps({ page: p.current ?? 1, pageSize: p.pageSize ?? 20 }))} />;
}

/** 发展党员: the pipeline by stage, the due steps, an applicant's timeline in a drawer. Moves are made in the app. */
export default function DevelopmentPage() {
  const [open, setOpen] = useState<number>();
  return (
    <PageContainer title="发展党员" content="入党申请人 → 入党积极分子 → 发展对象 → 预备党员 → 正式党员；积极分子培养一年以上方可列为发展对象，预备期一年。">
      <Tabs
        items={[
          { key: 'pipeline', label: '发展队列', children: <Pipeline onOpen={setOpen} /> },
          { key: 'due', label: '到期提醒', children: <Due onOpen={setOpen} /> },
        ]}
      />
      <Drawer width={560} open={open !== undefined} title="发展记录" onClose={() => setOpen(undefined)} destroyOnHidden>
        {open !== undefined && <Record key={open} id={open} />}
      </Drawer>
    </PageContainer>
  );
}
