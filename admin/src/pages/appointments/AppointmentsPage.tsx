import { useRef } from 'react';
import { ModalForm, PageContainer, ProForm, ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { App, Button, Popconfirm } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { dateTime, toTable } from '../../lib/format';
import { appoint, appointments, revoke, type Appointment } from '../../features/appointments/api';
import { MemberSelect } from '../../features/members';
import { OrgTreeSelect } from '../../features/orgs';

function AppointForm({ onDone }: { onDone: () => void }) {
  const { message } = App.useApp();
  return (
    <ModalForm<{ userId: number; organizationId: number }>
      title="任命管理员"
      trigger={<Button type="primary" icon={<PlusOutlined />}>任命管理员</Button>}
      modalProps={{ destroyOnHidden: true }}
      width={560}
      onFinish={async (v) => {
        const a = await appoint(v);
        message.success(`已任命 ${a.userNickname} 为 ${a.organizationName} 管理员`);
        onDone();
        return true;
      }}
    >
      <ProForm.Item name="userId" label="党员" rules={[{ required: true, message: '请选择要任命的党员' }]} extra="按姓名或手机号在党员名册中搜索；只能任命已在小程序完成党员认证的党员。">
        <MemberSelect />
      </ProForm.Item>
      <ProForm.Item name="organizationId" label="管理的组织" rules={[{ required: true, message: '请选择组织' }]} extra="只能任命您管理范围内的组织；管理员可管理该组织及其下级。">
        <OrgTreeSelect allowClear={false} />
      </ProForm.Item>
    </ModalForm>
  );
}

/** 管理员任命: the appointments inside my scope; appoint a bound member on an organisation of my tree, revoke with a confirm. */
export default function AppointmentsPage() {
  const { message } = App.useApp();
  const action = useRef<ActionType>(undefined);
  const reload = () => action.current?.reload();
  const columns: ProColumns<Appointment>[] = [
    { title: '组织', dataIndex: 'organizationId', hideInTable: true, renderFormItem: () => <OrgTreeSelect placeholder="全部组织" /> },
    { title: '管理员', dataIndex: 'userNickname', search: false },
    { title: '管理的组织', dataIndex: 'organizationName', search: false },
    { title: '任命方式', dataIndex: 'grantedById', search: false, render: (_, a) => (a.grantedById === null ? '命令行初始化' : '管理员任命') },
    { title: '任命时间', dataIndex: 'grantedAt', search: false, render: (_, a) => dateTime(a.grantedAt) },
    {
      title: '操作', valueType: 'option', width: 100,
      render: (_, a) => [
        <Popconfirm
          key="revoke"
          title={`撤销 ${a.userNickname} 对 ${a.organizationName} 的管理权限？`}
          description="撤销后对方几秒内即无法再管理该组织。"
          okButtonProps={{ danger: true }}
          onConfirm={async () => {
            await revoke(a.id);
            message.success('已撤销任命');
            reload();
          }}
        >
          <a aria-label={`撤销 ${a.userNickname} 的任命`}>撤销</a>
        </Popconfirm>,
      ],
    },
  ];
  return (
    <PageContainer title="管理员任命">
      <ProTable<Appointment>
        rowKey="id"
        actionRef={action}
        columns={columns}
        search={{ labelWidth: 'auto' }}
        toolBarRender={() => [<AppointForm key="appoint" onDone={reload} />]}
        request={async (p) => toTable(await appointments({ page: p.current ?? 1, pageSize: p.pageSize ?? 20, organizationId: p.organizationId }))}
      />
    </PageContainer>
  );
}
