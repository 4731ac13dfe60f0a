import { useRef, useState } from 'react';
import { ModalForm, ProFormTextArea, ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Segmented, Tag } from 'antd';
import { dateTime, toTable } from '../../lib/format';
import { adminQuestions, reply, type Question } from '../../features/disclosures/api';

const STATES = [
  { value: 'overdue', label: '已超期' },
  { value: 'unanswered', label: '待回复' },
  { value: 'answered', label: '已回复' },
  { value: 'all', label: '全部' },
];

/** Residents' questions on disclosures: overdue ones first, answered from the row. */
export function QuestionsDesk() {
  const [state, setState] = useState('overdue');
  const action = useRef<ActionType>(undefined);
  const columns: ProColumns<Question>[] = [
    { title: '提问', dataIndex: 'content', ellipsis: true },
    { title: '公开事项', dataIndex: 'disclosureTitle', ellipsis: true },
    { title: '提问时间', dataIndex: 'createdAt', render: (_, q) => dateTime(q.createdAt), width: 150 },
    { title: '回复期限', dataIndex: 'dueAt', width: 190, render: (_, q) => <>{dateTime(q.dueAt)} {q.overdue && !q.reply && <Tag color="error">超期</Tag>}</> },
    { title: '回复', dataIndex: 'reply', ellipsis: true, render: (_, q) => q.reply ?? <Tag>未回复</Tag> },
    {
      title: '操作', valueType: 'option', width: 80,
      render: (_, q) =>
        q.reply
          ? []
          : [
              <ModalForm key="reply" title="回复群众提问" trigger={<a>回复</a>} modalProps={{ destroyOnHidden: true }} onFinish={async (v: { content: string }) => { await reply(q.id, v.content); action.current?.reload(); return true; }}>
                <p>{q.content}</p>
                <ProFormTextArea name="content" label="回复内容" rules={[{ required: true, message: '请填写回复' }]} fieldProps={{ rows: 4, maxLength: 1000, showCount: true }} />
              </ModalForm>,
            ],
    },
  ];
  return (
    <ProTable<Question>
      rowKey="id"
      actionRef={action}
      columns={columns}
      search={false}
      params={{ state }}
      headerTitle={<Segmented options={STATES} value={state} onChange={(v) => setState(String(v))} />}
      request={async (p) => toTable(await adminQuestions({ page: p.current ?? 1, pageSize: p.pageSize ?? 20, state }))}
      pagination={{ defaultPageSize: 20 }}
    />
  );
}
