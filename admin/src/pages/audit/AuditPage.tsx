import { PageContainer, ProTable, type ProColumns } from '@ant-design/pro-components';
import { Col, Row, Typography } from 'antd';
import { dateTime, toTable } from '../../lib/format';
import { auditLogs, type AuditEntry } from '../../features/audit/api';

const ENTITY: Record<string, { text: string }> = {
  disclosure: { text: '三务公开' }, member_binding: { text: '党员认证' }, activity: { text: '活动' }, merchant: { text: '商户' },
  campaign: { text: '商圈活动' }, campaign_entry: { text: '活动报名' }, partnership: { text: '联建对子' }, partnership_project: { text: '共建项目' }, question: { text: '群众提问' },
};

const json = (v: unknown) => (v == null ? '—' : JSON.stringify(v, null, 2));

/** Every admin write of my scope, who and what, with the record before and after. */
export default function AuditPage() {
  const columns: ProColumns<AuditEntry>[] = [
    { title: '时间', dataIndex: 'createdAt', search: false, width: 160, render: (_, e) => dateTime(e.createdAt) },
    { title: '操作人', dataIndex: 'actorName', search: false },
    { title: '操作', dataIndex: 'action', search: false },
    { title: '对象类型', dataIndex: 'entityType', valueEnum: ENTITY },
    { title: '对象编号', dataIndex: 'entityId', valueType: 'digit' },
  ];
  return (
    <PageContainer title="操作日志">
      <ProTable<AuditEntry>
        rowKey="id"
        columns={columns}
        request={async (p) => toTable(await auditLogs({ page: p.current ?? 1, pageSize: p.pageSize ?? 20, entityType: p.entityType, entityId: p.entityId || undefined }))}
        expandable={{
          expandRowByClick: true,
          expandedRowRender: (e) => (
            <Row gutter={16}>
              {(['before', 'after'] as const).map((k) => (
                <Col span={12} key={k}>
                  <Typography.Text strong>{k === 'before' ? '操作前' : '操作后'}</Typography.Text>
                  <pre style={{ background: '#fafafa', padding: 12, maxHeight: 320, overflow: 'auto' }}>{json(e[k])}</pre>
                </Col>
              ))}
            </Row>
          ),
        }}
        search={{ labelWidth: 'auto' }}
      />
    </PageContainer>
  );
}
