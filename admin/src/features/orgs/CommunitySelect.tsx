import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { allAdminCommunities, type Community } from './api';

/** The communities of my scope, searchable by name (the server decides the scope). */
export function CommunitySelect(props: { value?: number; onChange?: (id: number) => void; placeholder?: string; style?: React.CSSProperties }) {
  const communities = useCommunities();
  return (
    <Select
      showSearch
      allowClear
      optionFilterProp="label"
      placeholder={props.placeholder ?? '选择社区'}
      style={props.style}
      value={props.value}
      onChange={props.onChange}
      options={communities?.map((c) => ({ value: c.id, label: `${c.name}（${c.streetName}）` }))}
      loading={!communities}
    />
  );
}

let cached: Promise<Community[]> | undefined;
/** My scope's communities, loaded once per session of the page. */
export function useCommunities(): Community[] | undefined {
  const [list, setList] = useState<Community[]>();
  useEffect(() => {
    cached ??= allAdminCommunities().catch((e) => {
      cached = undefined;
      throw e;
    });
    cached.then(setList, () => setList([]));
  }, []);
  return list;
}
