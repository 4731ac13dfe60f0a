import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ModalForm, PageContainer, ProCard, ProForm, ProFormDigit, ProFormSelect, ProFormText, ProTable, StatisticCard, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { App, Button, Descriptions, Empty, Popconfirm, Space, Spin, Tag, Tree, type TreeDataNode } from 'antd';
import {
  adminCommunities, closeOrganization, coverage, createCommunity, createNewOrganization, createOrganization, createStreet, myTreeRoots, newOrganizations, organization, organizations,
  ORG_KIND, OrgTreeSelect, streets, updateNewOrganization, updateOrganization, type Community, type Coverage, type NewOrganization, type NewOrganizationInput, type Organization, type OrganizationKind,
} from '../../features/orgs';
import { percent, toTable } from '../../lib/format';

type Node = TreeDataNode & { key: number; children?: Node[] };
const node = (o: { id: number; name: string; kind: OrganizationKind }): Node => ({ key: o.id, title: `${o.name}`, isLeaf: o.kind === 'branch' });
const CHILD_KINDS: OrganizationKind[] = ['party_committee', 'general_branch', 'branch', 'joint_committee'];
const kindOptions = CHILD_KINDS.map((k) => ({ value: k, label: ORG_KIND[k] }));
const streetOptions = async () => (await streets()).items.map((s) => ({ value: s.id, label: s.name }));

/** Replaces the children of `key` wherever it sits in the loaded tree. */
const attach = (list: Node[], key: number, children: Node[]): Node[] =>
  list.map((n) => (n.key === key ? { ...n, children, isLeaf: children.length === 0 } : n.children ? { ...n, children: attach(n.children, key, children) } : n));

function OrgTree() {
  const { message } = App.useApp();
  const [tree, setTree] = useState<Node[]>();
  const [picked, setPicked] = useState<Organization>();
  const [loaded, setLoaded] = useState<React.Key[]>([]);
  const [expanded, setExpanded] = useState<React.Key[]>([]);
  const roots = () => myTreeRoots().then((r) => setTree(r.map(node)));
  useEffect(() => {
    roots();
  }, []);
  /** Reloads the children of the organisations a write touched (a root's parent: the roots). */
  async function refresh(...parents: (number | null)[]) {
    for (const p of parents) {
      if (p === null) await roots();
      else {
        const kids = (await organizations(p)).items.map(node);
        setTree((t) => attach(t ?? [], p, kids));
      }
    }
    if (picked) setPicked(await organization(picked.id));
  }
  const pick = async (id?: number) => setPicked(id ? await organization(id) : undefined);
  const p = picked;
  const open = !p?.closedAt;
  return (
    <ProCard split="vertical">
      <ProCard
        title="组织树"
        colSpan="45%"
        extra={
          <Space>
            <ModalForm<{ name: string }> title="新建街道" trigger={<Button size="small">新建街道</Button>} modalProps={{ destroyOnHidden: true }} onFinish={async (v) => { await createStreet(v.name); message.success('街道及其党工委已建立'); await roots(); return true; }}>
              <ProFormText name="name" label="街道名称" placeholder="如：城阳街道" rules={[{ required: true, message: '请填写街道名称' }]} />
            </ModalForm>
            <ModalForm<{ name: string; kind: Community['kind']; streetId: number }> title="新建社区" trigger={<Button size="small">新建社区</Button>} modalProps={{ destroyOnHidden: true }} onFinish={async (v) => { await createCommunity(v); message.success('社区及其党组织已建立'); await refresh(p?.id ?? null); return true; }}>
              <ProFormSelect name="streetId" label="所在街道" request={streetOptions} rules={[{ required: true, message: '请选择街道' }]} />
              <ProFormText name="name" label="社区名称" placeholder="如：城阳村社区" rules={[{ required: true, message: '请填写社区名称' }]} />
              <ProFormSelect name="kind" label="社区类型" initialValue="urban" options={[{ value: 'urban', label: '城市社区' }, { value: 'rural', label: '农村社区' }]} />
            </ModalForm>
          </Space>
        }
      >
        {!tree ? (
          <Spin />
        ) : (
          <Tree<Node>
            showLine
            blockNode
            treeData={tree}
            loadedKeys={loaded}
            expandedKeys={expanded}
            onExpand={setExpanded}
            onLoad={setLoaded}
            loadData={async (n) => {
              const kids = (await organizations(Number(n.key))).items.map(node);
              setTree((t) => attach(t ?? [], Number(n.key), kids));
            }}
            onSelect={(keys) => pick(keys[0] === undefined ? undefined : Number(keys[0]))}
          />
        )}
      </ProCard>
      <ProCard title="组织信息">
        {!p ? (
          <Empty description="在左侧选择一个组织" />
        ) : (
          <Space direction="vertical" size="large" style={{ width: '100%' }}>
            <Descriptions column={1} bordered size="small">
              <Descriptions.Item label="名称">{p.name}</Descriptions.Item>
              <Descriptions.Item label="类型">{ORG_KIND[p.kind]}</Descriptions.Item>
              <Descriptions.Item label="编号">{p.id}</Descriptions.Item>
              <Descriptions.Item label="状态">{open ? <Tag color="success">正常</Tag> : <Tag>已撤销</Tag>}</Descriptions.Item>
            </Descriptions>
            {open && (
              <Space wrap>
                <ModalForm<{ name: string; kind: OrganizationKind }> title={`在 ${p.name} 下新建组织`} trigger={<Button type="primary">新建下级组织</Button>} modalProps={{ destroyOnHidden: true }} onFinish={async (v) => { await createOrganization({ ...v, parentId: p.id }); message.success('已新建'); await refresh(p.id); setExpanded((e) => [...new Set([...e, p.id])]); return true; }}>
                  <ProFormText name="name" label="组织名称" placeholder="如：城阳村第一党支部" rules={[{ required: true, message: '请填写组织名称' }]} />
                  <ProFormSelect name="kind" label="组织类型" options={kindOptions} initialValue="branch" rules={[{ required: true }]} />
                </ModalForm>
                <ModalForm<{ name: string }> title="重命名" initialValues={{ name: p.name }} trigger={<Button>重命名</Button>} modalProps={{ destroyOnHidden: true }} onFinish={async (v) => { await updateOrganization(p.id, { name: v.name }); message.success('已重命名'); await refresh(p.parentId); return true; }}>
                  <ProFormText name="name" label="组织名称" rules={[{ required: true, message: '请填写组织名称' }]} />
                </ModalForm>
                {p.parentId !== null && (
                  <ModalForm<{ parentId: number }> title={`移动 ${p.name}`} trigger={<Button>移动</Button>} modalProps={{ destroyOnHidden: true }} onFinish={async (v) => { await updateOrganization(p.id, { parentId: v.parentId }); message.success('已移动，下级组织随之移动'); await refresh(p.parentId, v.parentId); return true; }}>
                    <ProForm.Item name="parentId" label="新的上级组织" rules={[{ required: true, message: '请选择上级组织' }]} extra="下级组织随之移动。">
                      <OrgTreeSelect allowClear={false} />
                    </ProForm.Item>
                  </ModalForm>
                )}
                {p.parentId !== null && (
                  <Popconfirm title={`撤销 ${p.name}？`} description="其下级组织一并撤销；历史记录仍可查看。" okButtonProps={{ danger: true }} onConfirm={async () => { const r = await closeOrganization(p.id); message.success(`已撤销 ${r.closedCount} 个组织`); await refresh(p.parentId); }}>
                    <Button danger>撤销组织</Button>
                  </Popconfirm>
                )}
              </Space>
            )}
          </Space>
        )}
      </ProCard>
    </ProCard>
  );
}

function Communities() {
  const columns: ProColumns<Community>[] = [
    { title: '社区', dataIndex: 'name', search: false },
    { title: '名称搜索', dataIndex: 'q', hideInTable: true },
    { title: '类型', dataIndex: 'kind', search: false, valueEnum: { rural: { text: '农村' }, urban: { text: '城市' } } },
    { title: '街道', dataIndex: 'streetName', search: false },
  ];
  return <ProTable<Community> rowKey="id" headerTitle="我管理的社区" columns={columns} search={{ labelWidth: 'auto' }} request={async (p) => toTable(await adminCommunities({ page: p.current ?? 1, pageSize: p.pageSize ?? 20, q: p.q }))} />;
}

const COVERED = { own: { text: '单独建立', status: 'Success' }, joint: { text: '联合党委覆盖', status: 'Processing' }, none: { text: '未覆盖', status: 'Error' } };
const TYPE = { economic: { text: '非公企业' }, social: { text: '社会组织' } };

function NewOrganizationForm({ row, onDone }: { row?: NewOrganization; onDone: () => void }) {
  const { message } = App.useApp();
  const initial = row && { name: row.name, kind: row.type, streetId: row.streetId, memberCount: row.fullMemberCount, establishedOrganizationId: row.partyOrganizationId ?? row.jointOrganizationId ?? undefined };
  return (
    <ModalForm<NewOrganizationInput>
      title={row ? `编辑 ${row.name}` : '新增两新组织'}
      initialValues={initial ?? { kind: 'economic', memberCount: 0 }}
      trigger={row ? <a aria-label={`编辑 ${row.name}`}>编辑</a> : <Button type="primary">新增两新组织</Button>}
      modalProps={{ destroyOnHidden: true }}
      onFinish={async (v) => {
        const body = { ...v, establishedOrganizationId: v.establishedOrganizationId ?? null };
        await (row ? updateNewOrganization(row.id, body) : createNewOrganization(body));
        message.success('已保存，覆盖率随之更新');
        onDone();
        return true;
      }}
    >
      <ProFormText name="name" label="组织名称" rules={[{ required: true, message: '请填写名称' }]} />
      <ProFormSelect name="kind" label="类型" options={[{ value: 'economic', label: '非公企业' }, { value: 'social', label: '社会组织' }]} rules={[{ required: true }]} />
      <ProFormSelect name="streetId" label="所在街道" request={streetOptions} rules={[{ required: true, message: '请选择街道' }]} />
      <ProFormDigit name="memberCount" label="正式党员人数" min={0} fieldProps={{ precision: 0 }} rules={[{ required: true, message: '请填写人数' }]} />
      <ProForm.Item name="establishedOrganizationId" label="覆盖它的党组织" extra="本单位党组织或覆盖它的联合党委；未覆盖留空。">
        <OrgTreeSelect placeholder="未覆盖" />
      </ProForm.Item>
    </ModalForm>
  );
}

function NewOrganizations() {
  const action = useRef<ActionType>(undefined);
  const [figure, setFigure] = useState<Coverage>();
  const load = () => {
    coverage().then(setFigure, () => undefined);
    action.current?.reload();
  };
  useEffect(() => {
    coverage().then(setFigure, () => undefined);
  }, []);
  const columns: ProColumns<NewOrganization>[] = [
    { title: '名称', dataIndex: 'name', search: false },
    { title: '类型', dataIndex: 'type', search: false, valueEnum: TYPE },
    { title: '街道', dataIndex: 'streetId', valueType: 'select', request: streetOptions, render: (_, n) => n.streetName },
    { title: '正式党员', dataIndex: 'fullMemberCount', search: false, width: 100 },
    { title: '党组织覆盖', dataIndex: 'covered', valueEnum: COVERED },
    { title: '操作', valueType: 'option', width: 80, render: (_, n) => [<NewOrganizationForm key="edit" row={n} onDone={load} />] },
  ];
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <StatisticCard.Group direction="row" loading={!figure}>
        <StatisticCard statistic={{ title: '应建党组织的两新组织', value: figure?.shouldEstablish ?? 0, suffix: '个' }} />
        <StatisticCard statistic={{ title: '已建或已覆盖', value: figure?.established ?? 0, suffix: '个' }} />
        <StatisticCard statistic={{ title: '应建尽建率', value: percent(figure?.rate) }} />
      </StatisticCard.Group>
      <ProTable<NewOrganization>
        rowKey="id"
        actionRef={action}
        headerTitle="两新组织（有正式党员的，应建党组织）"
        columns={columns}
        search={{ labelWidth: 'auto' }}
        toolBarRender={() => [<NewOrganizationForm key="new" onDone={load} />]}
        request={async (p) => toTable(await newOrganizations({ page: p.current ?? 1, pageSize: p.pageSize ?? 20, streetId: p.streetId, covered: p.covered }))}
      />
    </Space>
  );
}

const TABS = [
  { key: 'tree', tab: '组织树' },
  { key: 'communities', tab: '社区' },
  { key: 'new-organizations', tab: '两新组织' },
];

/** 组织架构: the organisation tree with its writes, the communities of my scope, the 两新 rows and their coverage. */
export default function OrganizationsPage() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'tree';
  return (
    <PageContainer title="组织架构" tabList={TABS} tabActiveKey={tab} onTabChange={(k) => setParams({ tab: k })}>
      {tab === 'tree' && <OrgTree />}
      {tab === 'communities' && <Communities />}
      {tab === 'new-organizations' && <NewOrganizations />}
    </PageContainer>
  );
}
