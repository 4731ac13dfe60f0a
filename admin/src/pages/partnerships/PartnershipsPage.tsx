import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { PageContainer, ProCard, ProTable, type ProColumns } from '@ant-design/pro-components';
import { Badge, Button, Card, Col, Empty, List, Row, Spin, Tag } from 'antd';
import { dateTime, toTable } from '../../lib/format';
import { moveProject, partnerships, PROJECT_CATEGORY, PROJECT_STATUS, projects, type Partnership, type Project, type ProjectStatus } from '../../features/partnerships/api';

const LIST = { resource: '资源清单', need: '需求清单', service: '服务清单' } as const;
const NEXT: Partial<Record<ProjectStatus, ProjectStatus>> = { planned: 'started', started: 'completed' };

function Pairs() {
  const columns: ProColumns<Partnership>[] = [
    { title: '年度', dataIndex: 'year', valueType: 'digit', width: 90 },
    { title: '社区甲', search: false, render: (_, p) => `${p.communityA.name}（${p.communityA.streetName}）` },
    { title: '社区乙', search: false, render: (_, p) => `${p.communityB.name}（${p.communityB.streetName}）` },
    { title: '协议', dataIndex: 'agreementTitle', search: false, ellipsis: true },
    { title: '签订', dataIndex: 'signedAt', search: false, render: (_, p) => dateTime(p.signedAt).slice(0, 10) },
  ];
  return (
    <ProTable<Partnership>
      rowKey="id"
      headerTitle="联建对子"
      columns={columns}
      search={{ labelWidth: 'auto' }}
      request={async (p) => toTable(await partnerships({ page: p.current ?? 1, pageSize: p.pageSize ?? 20, year: p.year }))}
      expandable={{
        expandedRowRender: (p) => (
          <Row gutter={16}>
            {(Object.keys(LIST) as (keyof typeof LIST)[]).map((k) => (
              <Col span={8} key={k}>
                <List size="small" header={<b>{LIST[k]}</b>} dataSource={p.lists[k]} renderItem={(i) => <List.Item>{i.content}</List.Item>} locale={{ emptyText: '暂无' }} />
              </Col>
            ))}
          </Row>
        ),
      }}
    />
  );
}

/** Projects on a board by status; a card moves on (forward only) with one click. */
function Board() {
  const [cols, setCols] = useState<Record<ProjectStatus, { items: Project[]; total: number }>>();
  const load = useCallback(() => {
    const statuses = Object.keys(PROJECT_STATUS) as ProjectStatus[];
    Promise.all(statuses.map((s) => projects({ status: s, pageSize: 100 }))).then((r) => setCols(Object.fromEntries(statuses.map((s, i) => [s, r[i]])) as unknown as typeof cols));
  }, []);
  useEffect(load, [load]);
  if (!cols) return <Spin />;
  return (
    <Row gutter={16}>
      {(Object.keys(PROJECT_STATUS) as ProjectStatus[]).map((s) => (
        <Col span={8} key={s}>
          <ProCard title={<>{PROJECT_STATUS[s]} <Badge count={cols[s].total} showZero color="#999" /></>} bordered style={{ background: '#fafafa' }} bodyStyle={{ maxHeight: 640, overflow: 'auto' }}>
            {cols[s].items.length === 0 && <Empty description="暂无项目" />}
            {cols[s].items.map((p) => (
              <Card key={p.id} size="small" style={{ marginBottom: 8 }} title={p.title} extra={<Tag>{PROJECT_CATEGORY[p.category] ?? p.category}</Tag>}>
                <div style={{ color: '#666' }}>{p.partnership.communityA.name} × {p.partnership.communityB.name}</div>
                <div style={{ color: '#999', fontSize: 12 }}>牵头：{p.ownerCommunity?.name ?? '—'}</div>
                {NEXT[s] && (
                  <Button size="small" type="link" style={{ padding: 0 }} onClick={() => moveProject(p.id, NEXT[s]!).then(load)}>
                    移至「{PROJECT_STATUS[NEXT[s]!]}」
                  </Button>
                )}
              </Card>
            ))}
          </ProCard>
        </Col>
      ))}
    </Row>
  );
}

/** 联建共建: the pairs with their lists, and the projects board. */
export default function PartnershipsPage() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'pairs';
  return (
    <PageContainer title="联建共建" tabList={[{ key: 'pairs', tab: '联建对子' }, { key: 'board', tab: '项目看板' }]} tabActiveKey={tab} onTabChange={(k) => setParams({ tab: k })}>
      {tab === 'pairs' ? <Pairs /> : <Board />}
    </PageContainer>
  );
}
