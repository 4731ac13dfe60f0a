import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ModalForm, PageContainer, ProFormDateTimePicker, ProFormDigit, ProFormRadio, ProFormSelect, ProFormText, ProFormTextArea, ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Button, Drawer, Modal, Typography } from 'antd';
import { DownloadOutlined, QrcodeOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { download } from '../../lib/api';
import { dateTime, percent, toTable } from '../../lib/format';
import { activities, checkinCode, createActivity, KIND, participation, roster, updateActivity, type Activity, type ActivityInput, type CheckinCode, type Participation, type Signup } from '../../features/activities/api';
import { useCommunities } from '../../features/orgs';

const iso = (v: unknown) => dayjs(v as string).format();

function ActivityForm({ activity, trigger, onDone }: { activity?: Activity; trigger: React.ReactElement; onDone: () => void }) {
  const communities = useCommunities();
  return (
    <ModalForm
      title={activity ? `编辑：${activity.title}` : '发布活动'}
      trigger={trigger}
      width={640}
      modalProps={{ destroyOnHidden: true }}
      initialValues={activity ? { ...activity, location: activity.location.name } : { kind: 'theme_party_day', audience: 'members', points: 2 }}
      onFinish={async (v: Record<string, unknown>) => {
        const body: ActivityInput = {
          kind: v.kind as Activity['kind'], title: v.title as string, description: (v.description as string) ?? '', location: { name: v.location as string },
          startAt: iso(v.startAt), endAt: iso(v.endAt), signupDeadline: iso(v.signupDeadline), capacity: (v.capacity as number) ?? null,
          audience: v.audience as 'public' | 'members', points: (v.points as number) ?? 0,
        };
        if (activity) await updateActivity(activity.id, body);
        else await createActivity({ ...body, organizationId: v.organizationId as number });
        onDone();
        return true;
      }}
    >
      {!activity && <ProFormSelect name="organizationId" label="主办组织" rules={[{ required: true }]} showSearch options={communities?.map((c) => ({ value: c.organizationId, label: c.name }))} />}
      <ProFormSelect name="kind" label="类型" rules={[{ required: true }]} valueEnum={KIND} />
      <ProFormText name="title" label="标题" rules={[{ required: true, message: '请填写标题' }]} />
      <ProFormText name="location" label="地点" rules={[{ required: true, message: '请填写地点' }]} />
      <ProFormDateTimePicker name="startAt" label="开始时间" rules={[{ required: true }]} />
      <ProFormDateTimePicker name="endAt" label="结束时间" rules={[{ required: true }]} />
      <ProFormDateTimePicker name="signupDeadline" label="报名截止" rules={[{ required: true }]} />
      <ProFormDigit name="capacity" label="名额（不填为不限）" min={1} />
      <ProFormRadio.Group name="audience" label="面向" options={[{ value: 'members', label: '党员' }, { value: 'public', label: '所有居民' }]} />
      <ProFormDigit name="points" label="积分" min={0} max={100} />
      <ProFormTextArea name="description" label="说明" />
    </ModalForm>
  );
}

/** The check-in QR code full-screen for a projector, renewed before it expires. */
function CheckinScreen({ activity, onClose }: { activity: Activity; onClose: () => void }) {
  const [code, setCode] = useState<CheckinCode>();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const load = () =>
      checkinCode(activity.id).then((c) => {
        setCode(c);
        timer = setTimeout(load, c.refreshAfterSeconds * 1000);
      });
    load();
    return () => clearTimeout(timer);
  }, [activity.id]);
  return (
    <Modal open width="100vw" style={{ top: 0, maxWidth: '100vw', padding: 0 }} styles={{ body: { height: 'calc(100vh - 40px)', display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center' } }} footer={null} onCancel={onClose}>
      <Typography.Title level={1}>{activity.title}</Typography.Title>
      <Typography.Title level={4} type="secondary">请用阳光党建小程序扫码签到</Typography.Title>
      {code ? <img src={code.qrDataUrl} alt="签到二维码" style={{ width: 'min(60vh, 60vw)' }} /> : null}
      <Typography.Title level={2} data-testid="short-code">签到码 {code?.shortCode}</Typography.Title>
    </Modal>
  );
}

function ActivityList() {
  const action = useRef<ActionType>(undefined);
  const [rosterOf, setRoster] = useState<Activity>();
  const [screen, setScreen] = useState<Activity>();
  const reload = () => action.current?.reload();
  const columns: ProColumns<Activity>[] = [
    { title: '标题', dataIndex: 'title', search: false },
    { title: '类型', dataIndex: 'kind', valueEnum: KIND },
    { title: '开始', dataIndex: 'startAt', search: false, render: (_, a) => dateTime(a.startAt) },
    { title: '地点', dataIndex: ['location', 'name'], search: false },
    { title: '报名', search: false, render: (_, a) => `${a.confirmedCount}${a.capacity ? ` / ${a.capacity}` : ''}` },
    { title: '积分', dataIndex: 'points', search: false },
    {
      title: '操作', valueType: 'option', width: 220,
      render: (_, a) => [
        <ActivityForm key="edit" activity={a} trigger={<a>编辑</a>} onDone={reload} />,
        <a key="roster" onClick={() => setRoster(a)}>报名名单</a>,
        <a key="qr" onClick={() => setScreen(a)}><QrcodeOutlined /> 签到码</a>,
      ],
    },
  ];
  return (
    <>
      <ProTable<Activity>
        rowKey="id"
        actionRef={action}
        headerTitle="活动"
        columns={columns}
        request={async (p) => toTable(await activities({ page: p.current ?? 1, pageSize: p.pageSize ?? 20, kind: p.kind }))}
        toolBarRender={() => [<ActivityForm key="new" trigger={<Button type="primary">发布活动</Button>} onDone={reload} />]}
        search={{ labelWidth: 'auto' }}
      />
      <Drawer width={640} open={!!rosterOf} title={`报名名单：${rosterOf?.title ?? ''}`} onClose={() => setRoster(undefined)} destroyOnHidden
        extra={rosterOf && <Button icon={<DownloadOutlined />} onClick={() => download(`/activities/${rosterOf.id}/signups`, { format: 'xlsx' }, `${rosterOf.title}-报名名单.xlsx`)}>导出 Excel</Button>}>
        {rosterOf && (
          <ProTable<Signup>
            rowKey="id"
            search={false}
            options={false}
            columns={[
              { title: '报名人', dataIndex: 'nickname' },
              { title: '状态', dataIndex: 'status', valueEnum: { confirmed: { text: '已确认', status: 'Success' }, waitlisted: { text: '候补', status: 'Warning' } } },
              { title: '签到', dataIndex: 'checkedInAt', render: (_, s) => (s.checkedInAt ? dateTime(s.checkedInAt) : '未签到') },
            ]}
            request={async (p) => toTable(await roster(rosterOf.id, { page: p.current ?? 1, pageSize: p.pageSize ?? 20 }))}
          />
        )}
      </Drawer>
      {screen && <CheckinScreen activity={screen} onClose={() => setScreen(undefined)} />}
    </>
  );
}

function Attendance() {
  const columns: ProColumns<Participation>[] = [
    { title: '活动', dataIndex: 'title' },
    { title: '类型', dataIndex: 'kind', valueEnum: KIND },
    { title: '时间', dataIndex: 'startAt', render: (_, a) => dateTime(a.startAt) },
    { title: '报名', dataIndex: 'signups' },
    { title: '签到', dataIndex: 'checkIns' },
    { title: '到会率', render: (_, a) => (a.signups ? percent(a.checkIns / a.signups) : '—') },
  ];
  return <ProTable<Participation> rowKey="id" headerTitle="出勤情况（已举办的活动）" search={false} columns={columns} request={async (p) => toTable(await participation({ page: p.current ?? 1, pageSize: p.pageSize ?? 20 }))} />;
}

/** 活动管理: the list with create/edit, roster and check-in screen; attendance of held activities. */
export default function ActivitiesPage() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'list';
  return (
    <PageContainer title="活动管理" tabList={[{ key: 'list', tab: '活动' }, { key: 'attendance', tab: '出勤' }]} tabActiveKey={tab} onTabChange={(k) => setParams({ tab: k })}>
      {tab === 'list' ? <ActivityList /> : <Attendance />}
    </PageContainer>
  );
}
