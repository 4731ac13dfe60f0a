import { useRef } from 'react';
import { PageContainer, ProTable, type ProColumns, type ProFormInstance } from '@ant-design/pro-components';
import { Col, Row, Typography } from 'antd';
import { dateTime, toTable } from '../../lib/format';
import { auditLogs, type AuditEntry } from '../../features/audit/api';

const ENTITY: Record<string, { text: string }> = {
  disclosure: { text: '三务公开' }, disclosure_question: { text: '群众提问' }, member_binding: { text: '党员认证' }, party_member: { text: '党员名册' },
  activity: { text: '活动' }, merchant: { text: '商户' }, alliance: { text: '商圈联盟' }, campaign: { text: '商圈活动' }, campaign_entry: { text: '活动报名' },
  partnership: { text: '联建对子' }, partnership_list_item: { text: '联建清单' }, partnership_project: { text: '共建项目' }, letter: { text: '群众来信' },
  organization: { text: '党组织' }, street: { text: '街道' }, community: { text: '社区' }, new_organization: { text: '两新组织' },
  admin_scope: { text: '管理员任命' }, user: { text: '用户角色' }, import: { text: '数据导入' },
};

const json = (v: unknown) => (v == null ? '—' : JSON.stringify(v, null, 2));

/** Every admin write of my scope, by who and what, with the record before and after; a row's actor or action narrows the list to it. */
export default function AuditPage() {
  const form = useRef<ProFormInstance>(undefined);
  const narrow = (field: 'actorId' | 'action', value: number | string) => (e: React.MouseEvent) => {
    e.stopPropagation();
    form.current?.setFieldValue(field, value);
    form.current?.submit();
  };
  const columns: ProColumns<AuditEntry>[] = [
    { title: '时间', dataIndex: 'createdAt', search: false, width: 160, render: (_, e) => dateTime(e.createdAt) },
    { title: '操作人编号', dataIndex: 'actorId', valueType: 'digit', hideInTable: true },
    {
      title: '操作人', dataIndex: 'actorName', search: false,
      render: (_, e) => <a title="只看此人的操作" aria-label={`只看 ${e.actorName ?? e.actorId} 的操作`} onClick={narrow('actorId', e.actorId)}>{e.actorName ?? `用户 ${e.actorId}`}</a>,
    },
    {
      title: '操作', dataIndex: 'action', fieldProps: { placeholder: '如 admin_scope.grant' },
      render: (_, e) => <a title="只看这种操作" aria-label={`只看 ${e.action} 操作`} onClick={narrow('action', e.action)}><Typography.Text code>{e.action}</Typography.Text></a>,
    },
    { title: '对象类型', dataIndex: 'entityType', valueEnum: ENTITY },
    { title: '对象编号', dataIndex: 'entityId', valueType: 'digit' },
  ];
  return (
    <PageContainer title="操作日志">
      <ProTable<AuditEntry>
        rowKey="id"
        formRef={form}
        columns={columns}
        request={async (p) =>
          toTable(await auditLogs({ page: p.current ?? 1, pageSize: p.pageSize ?? 20, actorId: p.actorId || undefined, action: p.action || undefined, entityType: p.entityType, entityId: p.entityId || undefined }))
        }
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
