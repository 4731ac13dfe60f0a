import { useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Alert, Button, Modal, Progress, Space, Typography } from 'antd';
import { StatusTag, valueEnum, type Tone } from '../../components/StatusTag';
import { dateTime, toTable, yuan } from '../../lib/format';
import { adminDisclosures, CATEGORY, publish, type DisclosureRow } from '../../features/disclosures/api';
import { CommunitySelect, useCommunities } from '../../features/orgs';

const STATUS: Record<DisclosureRow['status'], [Tone, string]> = { draft: ['warning', '草稿'], published: ['success', '已发布'], withdrawn: ['default', '已撤回'] };

/** Drafts and publications of my scope; checked drafts are published one call each, with a summary. */
export function DisclosureTable({ onEdit }: { onEdit: (id: number) => void }) {
  const [params] = useSearchParams();
  const action = useRef<ActionType>(undefined);
  const communities = useCommunities();
  const names = new Map(communities?.map((c) => [c.id, c.name]));
  const [selected, setSelected] = useState<DisclosureRow[]>([]);
  const [run, setRun] = useState<{ done: number; total: number; failed: { row: DisclosureRow; message: string }[] }>();

  async function publishAll(rows: DisclosureRow[]) {
    const drafts = rows.filter((r) => r.status === 'draft');
    const failed: { row: DisclosureRow; message: string }[] = [];
    setRun({ done: 0, total: drafts.length, failed });
    for (const [i, row] of drafts.entries()) {
      try {
        await publish(row.id);
      } catch (e) {
        failed.push({ row, message: (e as Error).message });
      }
      setRun({ done: i + 1, total: drafts.length, failed: [...failed] });
    }
    setSelected([]);
    action.current?.clearSelected?.();
    action.current?.reload();
  }

  const columns: ProColumns<DisclosureRow>[] = [
    { title: '社区', dataIndex: 'communityId', renderFormItem: () => <CommunitySelect />, render: (_, r) => names.get(r.communityId) ?? `#${r.communityId}` },
    { title: '类别', dataIndex: 'category', valueEnum: Object.fromEntries(Object.entries(CATEGORY).map(([k, v]) => [k, { text: v }])) },
    { title: '标题', dataIndex: 'title', search: false, ellipsis: true },
    { title: '期间', dataIndex: 'period', search: false },
    { title: '状态', dataIndex: 'status', valueEnum: valueEnum(STATUS), initialValue: params.get('status') ?? undefined, render: (_, r) => <StatusTag value={r.status} map={STATUS} /> },
    { title: '收入', search: false, align: 'right', render: (_, r) => (r.totals ? yuan(r.totals.incomeFen) : '—') },
    { title: '支出', search: false, align: 'right', render: (_, r) => (r.totals ? yuan(r.totals.expenseFen) : '—') },
    { title: '版本', dataIndex: 'revision', search: false, width: 60 },
    { title: '发布时间', dataIndex: 'publishedAt', search: false, render: (_, r) => dateTime(r.publishedAt) },
    {
      title: '操作', valueType: 'option', width: 120,
      render: (_, r) => r.status === 'draft' && r.category === 'finance' ? [<a key="edit" onClick={() => onEdit(r.id)}>编辑</a>] : [],
    },
  ];

  return (
    <>
      <ProTable<DisclosureRow>
        rowKey="id"
        actionRef={action}
        columns={columns}
        headerTitle="公开记录"
        request={async (p) => toTable(await adminDisclosures({ page: p.current ?? 1, pageSize: p.pageSize ?? 20, status: p.status, communityId: p.communityId, category: p.category }))}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        rowSelection={{ selectedRowKeys: selected.map((r) => r.id), onChange: (_, rows) => setSelected(rows), getCheckboxProps: (r) => ({ disabled: r.status !== 'draft' }) }}
        tableAlertOptionRender={() => (
          <Button type="primary" size="small" onClick={() => publishAll(selected)}>
            发布选中的 {selected.length} 份草稿
          </Button>
        )}
        search={{ labelWidth: 'auto' }}
      />
      <Modal open={!!run} title="批量发布" footer={run && run.done === run.total ? <Button type="primary" onClick={() => setRun(undefined)}>完成</Button> : null} closable={false}>
        {run && (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Progress percent={run.total ? Math.round((run.done / run.total) * 100) : 100} status={run.failed.length ? 'exception' : undefined} />
            <Typography.Text data-testid="publish-summary">
              {run.done === run.total ? `已发布 ${run.total - run.failed.length} 份，失败 ${run.failed.length} 份` : `正在发布 ${run.done}/${run.total}…`}
            </Typography.Text>
            {run.failed.map((f) => (
              <Alert key={f.row.id} type="error" showIcon message={`${names.get(f.row.communityId) ?? ''} ${f.row.title}`} description={f.message} />
            ))}
          </Space>
        )}
      </Modal>
    </>
  );
}
