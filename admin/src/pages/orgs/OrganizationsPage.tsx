import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { PageContainer, ProCard, ProTable, type ProColumns } from '@ant-design/pro-components';
import { Descriptions, Empty, Spin, Tree, type TreeDataNode } from 'antd';
import { adminCommunities, organization, organizations, ORG_KIND, type Community, type Organization } from '../../features/orgs';
import { toTable } from '../../lib/format';

const node = (o: Organization): TreeDataNode & { org: Organization } => ({ key: o.id, title: o.name, org: o, isLeaf: o.kind === 'branch' });

function OrgTree() {
  const [tree, setTree] = useState<(TreeDataNode & { org: Organization })[]>();
  const [picked, setPicked] = useState<Organization>();
  useEffect(() => {
    organizations().then((r) => setTree(r.items.filter((o) => o.parentId === null).map(node)));
  }, []);
  const attach = (list: TreeDataNode[], key: React.Key, children: TreeDataNode[]): TreeDataNode[] =>
    list.map((n) => (n.key === key ? { ...n, children, isLeaf: children.length === 0 } : n.children ? { ...n, children: attach(n.children, key, children) } : n));
  return (
    <ProCard split="vertical">
      <ProCard title="组织树" colSpan="40%">
        {!tree ? (
          <Spin />
        ) : (
          <Tree
            showLine
            treeData={tree}
            loadData={async (n) => {
              const kids = (await organizations(Number(n.key))).items.map(node);
              setTree((t) => attach(t ?? [], n.key, kids) as typeof tree);
            }}
            onSelect={(keys) => keys[0] && organization(Number(keys[0])).then(setPicked)}
          />
        )}
      </ProCard>
      <ProCard title="组织信息">
        {picked ? (
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label="名称">{picked.name}</Descriptions.Item>
            <Descriptions.Item label="类型">{ORG_KIND[picked.kind] ?? picked.kind}</Descriptions.Item>
            <Descriptions.Item label="编号">{picked.id}</Descriptions.Item>
          </Descriptions>
        ) : (
          <Empty description="在左侧选择一个组织" />
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

/** 组织架构: the organisation tree and the communities of my scope. */
export default function OrganizationsPage() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'tree';
  return (
    <PageContainer title="组织架构" tabList={[{ key: 'tree', tab: '组织树' }, { key: 'communities', tab: '社区' }]} tabActiveKey={tab} onTabChange={(k) => setParams({ tab: k })}>
      {tab === 'tree' ? <OrgTree /> : <Communities />}
    </PageContainer>
  );
}
