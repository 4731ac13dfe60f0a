import { TreeSelect } from 'antd';
import { useEffect, useState } from 'react';
import { myTreeRoots, organizations, ORG_KIND, type Organization } from './api';

interface Node {
  id: number;
  pId: number | null;
  value: number;
  title: string;
  isLeaf: boolean;
}
const nodeOf = (o: Pick<Organization, 'id' | 'name' | 'kind'>, pId: number | null): Node => ({ id: o.id, pId, value: o.id, title: `${o.name}（${ORG_KIND[o.kind] ?? o.kind}）`, isLeaf: o.kind === 'branch' });


/** An organisation of my scope, picked from the tree (children loaded as a branch opens). */
export function OrgTreeSelect(props: { value?: number; onChange?: (id?: number) => void; placeholder?: string; style?: React.CSSProperties; allowClear?: boolean }) {
  const [nodes, setNodes] = useState<Node[]>();
  useEffect(() => {
    myTreeRoots().then((roots) => setNodes(roots.map((o) => nodeOf(o, null))), () => setNodes([]));
  }, []);
  return (
    <TreeSelect
      treeDataSimpleMode
      showSearch
      treeNodeFilterProp="title"
      allowClear={props.allowClear ?? true}
      placeholder={props.placeholder ?? '选择组织'}
      style={{ minWidth: 280, ...props.style }}
      popupMatchSelectWidth={false}
      value={props.value}
      onChange={(v) => props.onChange?.(v ?? undefined)}
      loading={!nodes}
      treeData={nodes ?? []}
      loadData={async ({ id }) => {
        const kids = (await organizations(Number(id))).items.map((o) => nodeOf(o, Number(id)));
        setNodes((n) => [...(n ?? []), ...kids.filter((k) => !n?.some((x) => x.id === k.id))]);
      }}
    />
  );
}
