import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { roll, type RollMember } from './api';

/**
 * A user picked through the member roll: search by name or phone; only members bound to a mini
 * program account (a user id) can be chosen. The value is that user id.
 */
export function MemberSelect(props: { value?: number; onChange?: (userId: number) => void }) {
  const [q, setQ] = useState('');
  const [found, setFound] = useState<RollMember[]>();
  useEffect(() => {
    let live = true;
    const t = setTimeout(() => roll({ page: 1, pageSize: 20, q: q || undefined }).then((p) => live && setFound(p.items), () => live && setFound([])), 250);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [q]);
  return (
    <Select
      showSearch
      filterOption={false}
      onSearch={setQ}
      placeholder="输入姓名或手机号搜索"
      loading={!found}
      value={props.value}
      onChange={props.onChange}
      notFoundContent={found ? '名册中没有找到' : undefined}
      options={found?.map((m) => ({
        value: m.userId ?? -m.id,
        disabled: m.userId === null,
        label: `${m.name}（${m.organizationName ?? ''}，${m.phoneMasked}）${m.userId === null ? ' 未认证' : ''}`,
      }))}
    />
  );
}
