import { useEffect, useState } from 'react';
import { EditableProTable, ProCard, type ProColumns } from '@ant-design/pro-components';
import { App, Button, DatePicker, Descriptions, Form, Input, Space } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { yuan } from '../../lib/format';
import { createDraft, disclosure, updateDraft, type FinanceItem } from '../../features/disclosures/api';
import { CommunitySelect } from '../../features/orgs';

interface Line {
  key: string;
  subject: string;
  direction: 'income' | 'expense';
  amountYuan: number;
}
let seq = 0;
const line = (l: Partial<Line> = {}): Line => ({ key: `l${++seq}`, subject: '', direction: 'expense', amountYuan: 0, ...l });

/** A month's finance as an editable table: one draft per community and month, saved as a draft. */
export function FinanceEditor({ editId, onSaved }: { editId?: number; onSaved: () => void }) {
  const { message } = App.useApp();
  const [communityId, setCommunityId] = useState<number>();
  const [month, setMonth] = useState(dayjs().subtract(1, 'month'));
  const [title, setTitle] = useState('');
  const [lines, setLines] = useState<Line[]>([line({ direction: 'income' })]);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!editId) return;
    disclosure(editId).then((d) => {
      setCommunityId(d.communityId);
      setMonth(dayjs(`${d.period}-01`));
      setTitle(d.title);
      setLines((d.items ?? []).map((i) => line({ subject: i.subject, direction: i.direction, amountYuan: i.amountFen / 100 })));
    });
  }, [editId]);

  const period = month.format('YYYY-MM');
  const shownTitle = title || `${month.format('YYYY年M月')}财务收支公开`;
  const items: FinanceItem[] = lines.filter((l) => l.subject.trim()).map((l) => ({ subject: l.subject.trim(), direction: l.direction, amountFen: Math.round(Number(l.amountYuan) * 100) }));
  const sum = (d: 'income' | 'expense') => items.filter((i) => i.direction === d).reduce((s, i) => s + i.amountFen, 0);

  async function save() {
    if (!communityId) return message.warning('请选择社区');
    if (!items.length) return message.warning('请至少填写一条收支');
    setSaving(true);
    try {
      if (editId) await updateDraft(editId, { title: shownTitle, period, items });
      else await createDraft({ communityId, category: 'finance', title: shownTitle, period, body: `${shownTitle}，收支明细见下表。`, items });
      message.success('草稿已保存');
      onSaved();
    } finally {
      setSaving(false);
    }
  }

  const columns: ProColumns<Line>[] = [
    { title: '科目', dataIndex: 'subject', formItemProps: { rules: [{ required: true, message: '请填写科目' }] }, fieldProps: { placeholder: '如：集体资产租赁收入' } },
    { title: '收支', dataIndex: 'direction', valueType: 'select', width: 120, valueEnum: { income: { text: '收入' }, expense: { text: '支出' } } },
    { title: '金额（元）', dataIndex: 'amountYuan', valueType: 'digit', width: 180, fieldProps: { precision: 2, min: 0, style: { width: '100%' } } },
    { title: '操作', valueType: 'option', width: 80, render: (_, r) => [<a key="del" onClick={() => setLines((ls) => ls.filter((l) => l.key !== r.key))}>删除</a>] },
  ];

  return (
    <ProCard direction="column" gutter={[0, 16]}>
      <Form layout="inline">
        <Form.Item label="社区" required>
          <CommunitySelect value={communityId} onChange={setCommunityId} style={{ width: 280 }} />
        </Form.Item>
        <Form.Item label="月份" required>
          <DatePicker picker="month" value={month} onChange={(m) => m && setMonth(m)} allowClear={false} />
        </Form.Item>
        <Form.Item label="标题">
          <Input value={title} placeholder={shownTitle} onChange={(e) => setTitle(e.target.value)} style={{ width: 280 }} />
        </Form.Item>
      </Form>
      <EditableProTable<Line>
        rowKey="key"
        columns={columns}
        value={lines}
        recordCreatorProps={false}
        editable={{ type: 'multiple', editableKeys: lines.map((l) => l.key), onValuesChange: (row) => setLines((ls) => ls.map((l) => (l.key === row.key ? { ...l, ...row } : l))), actionRender: (_row, _config, dom) => [dom.delete] }}
      />
      <Button type="dashed" block icon={<PlusOutlined />} onClick={() => setLines((ls) => [...ls, line()])}>
        添加一行收支
      </Button>
      <Descriptions size="small" column={3} bordered>
        <Descriptions.Item label="收入合计">{yuan(sum('income'))}</Descriptions.Item>
        <Descriptions.Item label="支出合计">{yuan(sum('expense'))}</Descriptions.Item>
        <Descriptions.Item label="结余">{yuan(sum('income') - sum('expense'))}</Descriptions.Item>
      </Descriptions>
      <Space>
        <Button type="primary" loading={saving} onClick={save}>
          {editId ? '保存修改' : '保存为草稿'}
        </Button>
      </Space>
    </ProCard>
  );
}
