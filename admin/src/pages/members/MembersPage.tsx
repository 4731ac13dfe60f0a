import { useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ModalForm, PageContainer, ProFormText, ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { App, Button, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import { CloudUploadOutlined } from '@ant-design/icons';
import { StatusTag, valueEnum, type Tone } from '../../components/StatusTag';
import { dateTime, toTable } from '../../lib/format';
import { approveBinding, bindings, ranking, rejectBinding, revealPhone, roll, type Binding, type Ranked, type RollMember } from '../../features/members/api';
import { OrgTreeSelect, useCommunities } from '../../features/orgs';

const STATUS: Record<Binding['status'], [Tone, string]> = { pending: ['processing', '待审核'], approved: ['success', '已通过'], rejected: ['error', '已驳回'] };

function BindingReview() {
  const { message } = App.useApp();
  const action = useRef<ActionType>(undefined);
  const [selected, setSelected] = useState<number[]>([]);
  const done = () => action.current?.reload();
  async function approveAll() {
    for (const id of selected) await approveBinding(id);
    message.success(`已通过 ${selected.length} 条认证`);
    setSelected([]);
    done();
  }
  const columns: ProColumns<Binding>[] = [
    { title: '姓名', dataIndex: 'name', search: false },
    { title: '手机号', dataIndex: 'phone', search: false },
    { title: '所在组织', dataIndex: 'organizationName', search: false },
    {
      title: '名册匹配', dataIndex: 'rollMemberId', search: false,
      render: (_, b) => (b.rollMemberId ? <Tag color="success">与名册一致</Tag> : <Tag color="warning">名册中无此人</Tag>),
    },
    { title: '状态', dataIndex: 'status', valueEnum: valueEnum(STATUS), initialValue: 'pending', render: (_, b) => <StatusTag value={b.status} map={STATUS} /> },
    { title: '驳回原因', dataIndex: 'rejectReason', search: false, render: (_, b) => b.rejectReason ?? '—' },
    { title: '提交时间', dataIndex: 'createdAt', search: false, render: (_, b) => dateTime(b.createdAt) },
    {
      title: '操作', valueType: 'option', width: 140,
      render: (_, b) =>
        b.status !== 'pending'
          ? []
          : [
              <Popconfirm key="ok" title={`通过 ${b.name} 的党员认证？`} onConfirm={async () => { await approveBinding(b.id); message.success('已通过'); done(); }}>
                <a>通过</a>
              </Popconfirm>,
              <ModalForm key="no" title={`驳回 ${b.name} 的认证`} trigger={<a>驳回</a>} modalProps={{ destroyOnHidden: true }} onFinish={async (v: { reason: string }) => { await rejectBinding(b.id, v.reason); done(); return true; }}>
                <ProFormText name="reason" label="驳回原因" rules={[{ required: true, message: '请填写原因' }]} />
              </ModalForm>,
            ],
    },
  ];
  return (
    <ProTable<Binding>
      rowKey="id"
      actionRef={action}
      headerTitle="党员认证审核"
      columns={columns}
      request={async (p) => toTable(await bindings({ page: p.current ?? 1, pageSize: p.pageSize ?? 20, status: p.status }))}
      rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as number[]), getCheckboxProps: (b) => ({ disabled: b.status !== 'pending' }) }}
      tableAlertOptionRender={() => <Button size="small" type="primary" onClick={approveAll}>批量通过</Button>}
      search={{ labelWidth: 'auto' }}
    />
  );
}

function PointsRanking() {
  const communities = useCommunities();
  const [organizationId, setOrg] = useState<number>();
  const org = organizationId ?? communities?.[0]?.organizationId;
  const columns: ProColumns<Ranked>[] = [
    { title: '名次', dataIndex: 'rank', width: 80 },
    { title: '党员', dataIndex: 'nickname' },
    { title: '积分', dataIndex: 'points', width: 120 },
  ];
  return (
    <ProTable<Ranked>
      rowKey="userId"
      headerTitle="党员积分排行"
      search={false}
      columns={columns}
      params={{ org }}
      toolBarRender={() => [
        <Space key="org">
          组织
          <Select showSearch optionFilterProp="label" style={{ width: 260 }} value={org} onChange={setOrg} options={communities?.map((c) => ({ value: c.organizationId, label: c.name }))} />
        </Space>,
      ]}
      request={async (p) => (org ? toTable(await ranking({ organizationId: org, page: p.current ?? 1, pageSize: p.pageSize ?? 20 })) : { data: [], total: 0, success: true })}
    />
  );
}

function PhoneCell({ member }: { member: RollMember }) {
  const [phone, setPhone] = useState<string>();
  if (phone) return <Typography.Text copyable>{phone}</Typography.Text>;
  return (
    <Space>
      {member.phoneMasked}
      <a aria-label={`查看 ${member.name} 的完整手机号`} onClick={async () => setPhone((await revealPhone(member.id)).phone)}>查看</a>
    </Space>
  );
}

/** 党员名册: the roll in my scope by organisation and name or phone; phones masked, each reveal recorded in the audit log. */
function Roll() {
  const columns: ProColumns<RollMember>[] = [
    { title: '姓名或手机号', dataIndex: 'q', hideInTable: true },
    { title: '组织', dataIndex: 'organizationId', hideInTable: true, renderFormItem: () => <OrgTreeSelect placeholder="全部组织" /> },
    { title: '姓名', dataIndex: 'name', search: false },
    { title: '手机号', dataIndex: 'phoneMasked', search: false, render: (_, m) => <PhoneCell member={m} /> },
    { title: '所属组织', dataIndex: 'organizationName', search: false, render: (_, m) => m.organizationName ?? '—' },
    { title: '入党日期', dataIndex: 'joinedAt', search: false, render: (_, m) => m.joinedAt ?? '—' },
    { title: '出生年份', dataIndex: 'birthYear', search: false, render: (_, m) => m.birthYear ?? '—' },
    { title: '小程序认证', dataIndex: 'userId', search: false, render: (_, m) => (m.userId ? <Tag color="success">已认证</Tag> : <Tag>未认证</Tag>) },
  ];
  return (
    <ProTable<RollMember>
      rowKey="id"
      headerTitle="党员名册"
      columns={columns}
      search={{ labelWidth: 'auto' }}
      toolBarRender={() => [<Link key="import" to="/imports?kind=members"><Button icon={<CloudUploadOutlined />}>导入名册</Button></Link>]}
      request={async (p) => toTable(await roll({ page: p.current ?? 1, pageSize: p.pageSize ?? 20, q: p.q, organizationId: p.organizationId }))}
    />
  );
}

const TABS = [
  { key: 'bindings', tab: '认证审核' },
  { key: 'roll', tab: '党员名册' },
  { key: 'points', tab: '积分排行' },
];

/** 党员管理: binding review, the roll and the points ranking. */
export default function MembersPage() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'bindings';
  return (
    <PageContainer title="党员管理" tabList={TABS} tabActiveKey={tab} onTabChange={(k) => setParams({ tab: k })}>
      {tab === 'bindings' && <BindingReview />}
      {tab === 'roll' && <Roll />}
      {tab === 'points' && <PointsRanking />}
    </PageContainer>
  );
}
